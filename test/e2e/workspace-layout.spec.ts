import type { Page } from '@playwright/test';
import { addDays } from '../../shared/calendar/dates.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import { card } from './page-models/calendar.ts';
import { days, STUDIO_CAPTIONS, seedLoggedNumbers, seedNumbersStudio } from './page-models/seed.ts';
import { cardLayout, openThisWeek, scrollsInside } from './page-models/workspace.ts';

interface Ui {
  language: 'en' | 'fr';
  caption: string;
  figures: string;
  rows: readonly string[];
  fold: string;
  unfold: string;
}

const UIS: readonly Ui[] = [
  {
    language: 'en',
    caption: 'Our new Thursday evening class starts next week',
    figures: 'This week and last week',
    rows: ['Reach', 'Engagement rate (by reach)', 'Audience growth', 'Followers'],
    fold: 'Fold the figures and notes to a strip',
    unfold: 'Figures and notes',
  },
  {
    language: 'fr',
    caption: 'Notre nouveau cours du jeudi soir commence la semaine prochaine',
    figures: 'Cette semaine et la précédente',
    rows: ['Portée', 'Taux d’engagement (sur la portée)', 'Croissance de l’audience', 'Abonnés'],
    fold: 'Replier les chiffres et les notes en bandeau',
    unfold: 'Chiffres et notes',
  },
];

async function openWeek(page: Page, host: Parameters<typeof seedNumbersStudio>[0], ui: Ui) {
  const studio = await seedNumbersStudio(host, STUDIO_CAPTIONS[ui.language], { language: ui.language });
  await seedLoggedNumbers(host, studio);
  await host.rpc('posts.create', {
    clientId: studio.clientId,
    channelId: studio.channels.instagram,
    date: addDays(days().thisMonday, 1),
    time: '09:30',
    format: 'image',
    caption: `${ui.caption}: gentle flow for beginners`,
  });
  await openThisWeek(page, ui.language);
}

test.use({ viewport: { width: 1366, height: 768 } });

for (const ui of UIS) {
  test(`at 1366×768 the week workspace reads: captions on the cards, every figure without scrolling, side panes that fold to a strip (${ui.language})`, async ({
    app: page,
    host,
  }) => {
    await openWeek(page, host, ui);
    const postCard = card(page, ui.caption.split(' ').slice(0, 2).join(' '));
    await expect(postCard).toBeVisible();
    // Beside the figures, a day is still wide enough for four lines of caption.
    const beside = await cardLayout(postCard);
    expect(beside.width).toBeGreaterThanOrEqual(88);
    expect(beside.lines).toBeGreaterThanOrEqual(3);

    const figures = page.getByRole('region', { name: ui.figures });
    for (const name of ui.rows)
      await expect(figures.getByRole('rowheader', { name, exact: true })).toBeInViewport();
    expect(await scrollsInside(figures)).toBe(false);

    // Folded to a strip, the week takes the width; the strip brings them back, from the keyboard too.
    await page.getByRole('button', { name: ui.fold }).click();
    await expect(figures).toBeHidden();
    const strip = page.getByRole('button', { name: ui.unfold });
    await expect(strip).toHaveAttribute('aria-expanded', 'false');
    expect((await cardLayout(postCard)).width).toBeGreaterThanOrEqual(120);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await strip.focus();
    await page.keyboard.press('Enter');
    await expect(figures).toBeVisible();
    const fold = page.getByRole('button', { name: ui.fold });
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await fold.focus();
    await page.keyboard.press('Space');
    await expect(strip).toBeVisible();

    // The strip is remembered: the week opens folded next time.
    await page.reload();
    await expect(page.getByRole('button', { name: ui.unfold })).toBeVisible();
    await expect(page.getByRole('region', { name: ui.figures })).toHaveCount(0);
    await page.getByRole('button', { name: ui.unfold }).click();

    // At 1920×1080 the cards and the figures have room to spare.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await expect(figures).toBeVisible();
    expect((await cardLayout(postCard)).width).toBeGreaterThanOrEqual(130);
    expect(await scrollsInside(figures)).toBe(false);
  });
}

test('the dividers move by mouse and by keyboard, and the week opens again with the sizes left', async ({
  app: page,
  host,
}) => {
  const ui = UIS[0] as Ui;
  await openWeek(page, host, ui);
  const side = page.getByRole('separator', { name: 'Resize the calendar and the side panes' });
  const notes = page.getByRole('separator', { name: "Resize the week's figures and the audience notes" });
  const figures = page.getByRole('region', { name: ui.figures });
  await expect(side).toHaveAttribute('aria-valuenow', '70');
  const widthOf = async () => (await figures.boundingBox())?.width ?? 0;
  const before = await widthOf();

  // Dragged 200 px to the left: the figures widen by as much.
  const bar = await side.boundingBox();
  if (!bar) throw new Error('the divider is not drawn');
  await page.mouse.move(bar.x + bar.width / 2, bar.y + bar.height / 2);
  await page.mouse.down();
  await page.mouse.move(bar.x + bar.width / 2 - 100, bar.y + bar.height / 2, { steps: 4 });
  await page.mouse.move(bar.x + bar.width / 2 - 200, bar.y + bar.height / 2, { steps: 4 });
  await page.mouse.up();
  expect(Math.abs((await widthOf()) - before - 200)).toBeLessThan(4);
  const dragged = Number(await side.getAttribute('aria-valuenow'));
  expect(dragged).toBeLessThan(60);

  // From the keyboard: each arrow moves it 5 %, Enter folds to the strip and back.
  await side.focus();
  await page.keyboard.press('ArrowRight');
  await expect(side).toHaveAttribute('aria-valuenow', String(dragged + 5));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: ui.unfold })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(figures).toBeVisible();
  await expect(side).toHaveAttribute('aria-valuenow', String(dragged + 5));
  await notes.focus();
  await page.keyboard.press('ArrowUp');
  await expect(notes).toHaveAttribute('aria-valuenow', '53');

  // Saved once let go: the next start opens with the same sizes.
  const saved = async () => {
    const panes = (await host.rpc('prefs.get', {})).workspacePanes;
    return panes && [Math.round(panes.main.calendar ?? 0), Math.round(panes.side.summary ?? 0)];
  };
  await expect.poll(saved).toEqual([dragged + 5, 53]);
  await page.reload();
  await expect(side).toHaveAttribute('aria-valuenow', String(dragged + 5));
  await expect(notes).toHaveAttribute('aria-valuenow', '53');
});
