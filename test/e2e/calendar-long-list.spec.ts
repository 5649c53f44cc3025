import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { listCount, listRows, openCalendarFromSidebar, periodTitle } from './page-models/calendar.ts';
import { seedStudio } from './page-models/seed.ts';

/** Posts in January 2027, the month the seeded calendar opens on. */
const POSTS = 300;

/**
 * Post number n (1…300) is not planned in the order of its number: dates and times run one way,
 * captions another, so a range taken in caption order is not one taken in date order.
 */
const captionOf = (i: number) =>
  `Post ${String(((i * 7) % POSTS) + 1).padStart(3, '0')} of the winter series`;

test('a long list draws a window of its rows, yet its count, Ctrl+A and Shift-click cover them all, and scrolling brings the later ones', async ({
  app: page,
  host,
}) => {
  const studio = await seedStudio(host);
  for (let start = 0; start < POSTS; start += 20)
    await Promise.all(
      Array.from({ length: Math.min(20, POSTS - start) }, (_, k) => start + k).map((i) =>
        host.rpc('posts.create', {
          clientId: studio.clientId,
          channelId: studio.channels.instagram,
          date: `2027-01-${String((i % 31) + 1).padStart(2, '0')}`,
          time: `${String(8 + Math.floor(i / 31)).padStart(2, '0')}:00`,
          caption: captionOf(i),
        }),
      ),
    );
  await openCalendarFromSidebar(page);
  await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');
  await page.keyboard.press('l');

  // The count and the table's size for screen readers say 300; only the rows in view are drawn.
  await expect(listCount(page)).toHaveText('300 posts');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(POSTS + 1));
  await expect(listRows(page).first()).toBeVisible();
  expect(await listRows(page).count()).toBeLessThan(60);
  expect(await seriousA11yViolations(page), 'the long list').toEqual([]);

  // Sorted by caption, a Shift-click range follows that order, over rows not drawn.
  await table.getByRole('button', { name: 'Caption' }).click();
  await expect(listRows(page).first()).toContainText('Post 001');
  await expect(listRows(page).first()).toHaveAttribute('aria-rowindex', '2');
  await page.getByRole('checkbox', { name: 'Select “Post 001 of the winter series”' }).click();
  await page
    .getByRole('checkbox', { name: 'Select “Post 012 of the winter series”' })
    .click({ modifiers: ['Shift'] });
  await expect(page.getByText('12 posts selected')).toBeVisible();

  // Scrolling to the end brings the last rows; those between leave the DOM (the focused one stays).
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('checkbox', { name: 'Select “Post 001 of the winter series”' }).click();
  await table.evaluate((element) => {
    const pane = element.parentElement;
    if (pane) pane.scrollTop = pane.scrollHeight;
  });
  const last = page.getByRole('checkbox', { name: 'Select “Post 300 of the winter series”' });
  await expect(last).toBeVisible();
  await expect(listRows(page).last()).toHaveAttribute('aria-rowindex', String(POSTS + 1));
  await expect(page.getByText('Post 150 of the winter series')).toHaveCount(0);
  expect(await listRows(page).count()).toBeLessThan(60);
  await last.click({ modifiers: ['Shift'] });
  await expect(page.getByText('300 posts selected')).toBeVisible();

  // Ctrl+A, from anywhere in the calendar, takes every post of the month, drawn or not.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.keyboard.press('Control+a');
  await expect(page.getByText('300 posts selected')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('posts selected')).toHaveCount(0);

  // A row far down opens its post.
  await page.getByRole('button', { name: 'Post 300 of the winter series' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit post' });
  await expect(dialog.getByLabel('Caption', { exact: true })).toHaveValue('Post 300 of the winter series');
});
