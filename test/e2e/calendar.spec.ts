import { zonedToday } from '../../shared/calendar/zoned.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import {
  card,
  cardNamed,
  cell,
  closeComposerWithEsc,
  dayHeader,
  listCount,
  listRows,
  openCalendarFromSidebar,
  periodTitle,
  saveStatus,
  shownDate,
} from './page-models/calendar.ts';
import { addChannelViaUi, createClientViaUi } from './page-models/clients.ts';
import { recordTexts } from './page-models/interactions.ts';
import { type SeededStudio, seedPost, seedStudio, WEEK } from './page-models/seed.ts';

test('a new user sets up a client and plans a week from the keyboard; the plan survives a reload', async ({
  app: page,
  host,
}) => {
  await createClientViaUi(page, 'Boulangerie Martin', { timeZone: 'Europe/Paris' });
  await addChannelViaUi(page, { network: 'Instagram', handle: '@boulangerie.martin' });
  await addChannelViaUi(page, { network: 'LinkedIn', handle: 'boulangerie-martin' });
  await addChannelViaUi(page, { network: 'X', handle: '@boulmartin' });
  await page.getByRole('link', { name: 'Open the calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boulangerie Martin — calendar' })).toBeVisible();

  // The calendar opens on this week: N starts a post today (in the client's zone), at 09:00.
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue(
    shownDate(zonedToday(new Date(), 'Europe/Paris')),
  );
  await expect(dialog.getByLabel('Time (Europe/Paris)')).toHaveValue('09:00');
  await expect(dialog.getByLabel('Caption', { exact: true })).toBeFocused();
  // Opened and left untouched: nothing is created.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-post-id]')).toHaveCount(0);

  // G jumps to a date; the week of 13 January 2027 runs Monday 11 – Sunday 17.
  await page.keyboard.press('g');
  const goTo = page.getByLabel('Go to');
  await expect(goTo).toBeFocused();
  await goTo.fill(WEEK.wednesday);
  await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');
  // Enter hands the keyboard back to the calendar: its letters work again.
  await goTo.press('Enter');
  await expect(goTo).not.toBeFocused();

  // Post 1: N (today is not in this week: the first day), type, Shift+Tab to the status, → to "Ready".
  await page.keyboard.press('n');
  const first = page.getByRole('dialog');
  await expect(first.getByLabel('Date', { exact: true })).toHaveValue(shownDate(WEEK.monday));
  await page.keyboard.type('Fresh sourdough out of the oven this morning');
  // The first change created the post: the same dialog now edits it.
  await expect(page.getByRole('dialog', { name: 'Edit post' })).toBeVisible();
  await page.keyboard.press('Shift+Tab');
  await expect(first.getByRole('radio', { name: 'Draft' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Ready' })).toBeChecked();
  await first.getByLabel('Format').selectOption({ label: 'Image' });
  await first.getByLabel('Time (Europe/Paris)').fill('08:30');
  await closeComposerWithEsc(page, first);

  // Post 2: a click on Wednesday's 12:00 slot; on LinkedIn; closed with Done.
  await page.getByRole('button', { name: 'New post on Wednesday 13 January at 12:00', exact: true }).click();
  const second = page.getByRole('dialog');
  await expect(second.getByLabel('Caption', { exact: true })).toBeFocused();
  await second.getByLabel('Caption', { exact: true }).fill('We are hiring an apprentice baker');
  await second.getByLabel('Channel').selectOption({ label: 'boulangerie-martin · LinkedIn' });
  await expect(saveStatus(second)).toHaveText('All changes saved');
  await second.getByRole('button', { name: 'Done' }).click();
  await expect(second).toBeHidden();

  // Post 3: N again, moved to Friday in the composer, on X.
  await page.keyboard.press('n');
  const third = page.getByRole('dialog');
  await third.getByLabel('Caption', { exact: true }).fill('Galette des rois: last orders today');
  await third.getByLabel('Channel').selectOption({ label: '@boulmartin · X' });
  await third.getByLabel('Date', { exact: true }).fill(WEEK.friday);
  await closeComposerWithEsc(page, third);

  const expectPlan = async () => {
    await expect(
      cardNamed(
        cell(page, 'New post on Monday 11 January at 08:00'),
        {
          network: 'Instagram',
          time: '08:30',
          status: 'Ready',
          format: 'Image',
          handle: '@boulangerie.martin',
        },
        'Fresh sourdough',
      ),
    ).toBeVisible();
    await expect(
      cardNamed(
        cell(page, 'New post on Wednesday 13 January at 12:00'),
        { network: 'LinkedIn', time: '12:00', status: 'Draft', format: 'Text', handle: 'boulangerie-martin' },
        'We are hiring',
      ),
    ).toBeVisible();
    await expect(
      cardNamed(
        cell(page, 'New post on Friday 15 January at 09:00'),
        { network: 'X', time: '09:00', status: 'Draft', format: 'Text', handle: '@boulmartin' },
        'Galette des rois',
      ),
    ).toBeVisible();
    await expect(page.locator('[data-post-id]')).toHaveCount(3);
  };
  await expectPlan();

  // The week is remembered: a reload lands on the same week, with the same plan.
  await page.reload();
  await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');
  await expectPlan();
  const [client] = await host.rpc('clients.list', undefined);
  const saved = await host.rpc('posts.list', {
    clientId: client?.id ?? '',
    from: WEEK.monday,
    to: WEEK.nextMonday,
  });
  expect(saved.map((p) => [p.plannedAt, p.status, p.caption]).sort()).toEqual([
    ['2027-01-11T07:30:00.000Z', 'ready', 'Fresh sourdough out of the oven this morning'],
    ['2027-01-13T11:00:00.000Z', 'draft', 'We are hiring an apprentice baker'],
    ['2027-01-15T08:00:00.000Z', 'draft', 'Galette des rois: last orders today'],
  ]);
});

test.describe('with a planned week', () => {
  let studio: SeededStudio;
  test.beforeEach(async ({ host }) => {
    studio = await seedStudio(host);
  });

  test('drags a post to another day (keeping its time) or to an hour cell (taking that hour)', async ({
    app: page,
    host,
  }) => {
    const id = await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.instagram,
      date: WEEK.tuesday,
      time: '08:30',
      status: 'ready',
      format: 'image',
      caption: 'Breathing workshop on Saturday',
    });
    await openCalendarFromSidebar(page);
    const post = card(page, 'Breathing workshop');
    await expect(cell(page, 'New post on Tuesday 12 January at 08:00').locator(post)).toBeVisible();

    await post.dragTo(dayHeader(page, 'Thu'));
    await expect(
      cardNamed(
        cell(page, 'New post on Thursday 14 January at 08:00'),
        { network: 'Instagram', time: '08:30', status: 'Ready' },
        'Breathing',
      ),
    ).toBeVisible();
    await expect(page.locator('[data-post-id]')).toHaveCount(1);
    await expect
      .poll(async () => (await host.rpc('posts.get', { id })).plannedAt)
      .toBe('2027-01-14T07:30:00.000Z');

    await post.dragTo(cell(page, 'New post on Friday 15 January at 14:00'));
    await expect(
      cardNamed(
        cell(page, 'New post on Friday 15 January at 14:00'),
        { network: 'Instagram', time: '14:00', status: 'Ready' },
        'Breathing',
      ),
    ).toBeVisible();
    await expect(page.locator('[data-post-id]')).toHaveCount(1);
    const moved = await host.rpc('posts.get', { id });
    expect([moved.plannedAt, moved.status, moved.format, moved.caption]).toEqual([
      '2027-01-15T13:00:00.000Z',
      'ready',
      'image',
      'Breathing workshop on Saturday',
    ]);
  });

  test('moves the focused post a day with Alt+←/→ and an hour with Alt+↑/↓, keeping the focus on it', async ({
    app: page,
    host,
  }) => {
    const id = await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.instagram,
      date: WEEK.friday,
      time: '14:00',
      caption: 'Breathing workshop on Saturday',
    });
    await openCalendarFromSidebar(page);
    const movedTo = (slot: string, time: string) =>
      cardNamed(
        cell(page, slot),
        { network: 'Instagram', time, status: 'Draft', handle: '@studio.yoga' },
        'Breathing',
      );
    await card(page, 'Breathing').focus();

    await page.keyboard.press('Alt+ArrowRight');
    await expect(movedTo('New post on Saturday 16 January at 14:00', '14:00')).toBeVisible();
    await expect(movedTo('New post on Saturday 16 January at 14:00', '14:00')).toBeFocused();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(movedTo('New post on Saturday 16 January at 15:00', '15:00')).toBeVisible();
    await expect(movedTo('New post on Saturday 16 January at 15:00', '15:00')).toBeFocused();
    await page.keyboard.press('Alt+ArrowUp');
    await expect(movedTo('New post on Saturday 16 January at 14:00', '14:00')).toBeFocused();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(movedTo('New post on Friday 15 January at 14:00', '14:00')).toBeFocused();

    // Past Sunday, the calendar follows the post into the next week.
    await page.keyboard.press('Alt+ArrowRight');
    await expect(movedTo('New post on Saturday 16 January at 14:00', '14:00')).toBeFocused();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(movedTo('New post on Sunday 17 January at 14:00', '14:00')).toBeFocused();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(periodTitle(page)).toHaveText('18 – 24 Jan 2027');
    await expect(movedTo('New post on Monday 18 January at 14:00', '14:00')).toBeFocused();
    expect((await host.rpc('posts.get', { id })).plannedAt).toBe('2027-01-18T13:00:00.000Z');
  });

  test('says everything is saved after a change that is undone before the autosave', async ({
    app: page,
    host,
  }) => {
    await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.linkedin,
      date: WEEK.tuesday,
      time: '12:00',
      caption: 'Teacher training',
    });
    await openCalendarFromSidebar(page);
    await card(page, 'Teacher training').click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await expect(dialog.getByLabel('Caption', { exact: true })).toBeFocused();
    // A typo caught at once: typed and erased well within the half-second autosave delay.
    await page.keyboard.type('!');
    await page.keyboard.press('Backspace');
    await expect(saveStatus(dialog)).toHaveText(/^(All changes saved)?$/);
    await dialog.getByLabel('Caption', { exact: true }).press('End');
    await page.keyboard.type(' starts in March');
    await expect(saveStatus(dialog)).toHaveText('All changes saved');
    await page.keyboard.press('Escape');
    await expect(card(page, 'Teacher training starts in March')).toBeVisible();
  });

  test('pages through weeks with J and K, and comes back to today with T', async ({ app: page }) => {
    await openCalendarFromSidebar(page);
    await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');
    await page.keyboard.press('j');
    await expect(periodTitle(page)).toHaveText('18 – 24 Jan 2027');
    await page.keyboard.press('j');
    await expect(periodTitle(page)).toHaveText('25 – 31 Jan 2027');
    await page.keyboard.press('k');
    await expect(periodTitle(page)).toHaveText('18 – 24 Jan 2027');
    await page.keyboard.press('k');
    await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');

    await page.keyboard.press('t');
    await expect(periodTitle(page)).not.toHaveText('11 – 17 Jan 2027');
    // This week again: N starts today's post.
    await page.keyboard.press('n');
    await expect(
      page.getByRole('dialog', { name: 'New post' }).getByLabel('Date', { exact: true }),
    ).toHaveValue(shownDate(zonedToday(new Date(), 'Europe/Paris')));
    await page.keyboard.press('Escape');
  });

  test('four quick presses of J go four weeks ahead, without the title jumping back on the way', async ({
    app: page,
  }) => {
    await openCalendarFromSidebar(page);
    await expect(periodTitle(page)).toHaveText('11 – 17 Jan 2027');
    const titles = await recordTexts(periodTitle(page));
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('j');
    await expect(periodTitle(page)).toHaveText('8 – 14 Feb 2027');
    // Let every remembered week reach the preferences; the title must not move any more.
    await page.waitForTimeout(1000);
    // React may draw two quick presses at once and skip a week on screen, but never goes back.
    const weeks = ['18 – 24 Jan 2027', '25 – 31 Jan 2027', '1 – 7 Feb 2027', '8 – 14 Feb 2027'];
    const shown = await titles();
    expect(shown.at(-1)).toBe('8 – 14 Feb 2027');
    const order = shown.map((title) => weeks.indexOf(title));
    expect(order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1)))).toBe(true);
    await page.reload();
    await expect(periodTitle(page)).toHaveText('8 – 14 Feb 2027');
  });

  test('deletes with the Delete key and brings the post back with Undo or Ctrl+Z', async ({
    app: page,
    host,
  }) => {
    const common = { clientId: studio.clientId, time: '08:30', status: 'draft' as const };
    await seedPost(host, {
      ...common,
      channelId: studio.channels.instagram,
      date: WEEK.tuesday,
      caption: 'Morning flow',
    });
    await seedPost(host, {
      ...common,
      channelId: studio.channels.linkedin,
      date: WEEK.thursday,
      caption: 'Teacher training',
    });
    await openCalendarFromSidebar(page);
    const morning = card(page, 'Morning flow');
    const training = card(page, 'Teacher training');
    await expect(training).toBeVisible();

    await morning.focus();
    await page.keyboard.press('Delete');
    await expect(morning).toBeHidden();
    await expect(page.getByText('Post moved to the Trash.', { exact: true })).toBeVisible();
    expect((await host.rpc('trash.list', undefined)).map((i) => i.label)).toEqual(['Morning flow']);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(cell(page, 'New post on Tuesday 12 January at 08:00').locator(morning)).toBeVisible();
    await expect(page.getByText('“Morning flow” restored.', { exact: true })).toBeVisible();

    // X selects the focused card, → goes to the next day's card: two selected, deleted together.
    await morning.focus();
    await page.keyboard.press('x');
    await page.keyboard.press('ArrowRight');
    await expect(training).toBeFocused();
    await page.keyboard.press('x');
    const toolbar = page.getByRole('toolbar', { name: 'Selected posts' });
    await expect(toolbar.getByText('2 posts selected')).toBeVisible();
    await expect(morning).toHaveAttribute('aria-pressed', 'true');
    await toolbar.getByRole('button', { name: 'Set status…' }).click();
    await page.getByRole('menuitem', { name: 'Ready', exact: true }).click();
    await expect(
      cardNamed(
        page,
        { network: 'Instagram', time: '08:30', status: 'Ready', handle: '@studio.yoga' },
        'Morning flow',
      ),
    ).toBeVisible();
    await expect(
      cardNamed(
        page,
        { network: 'LinkedIn', time: '08:30', status: 'Ready', handle: 'studio-yoga' },
        'Teacher training',
      ),
    ).toBeVisible();

    // The menu's refresh may not have given the focus back to a card yet: Delete still reaches the selection.
    await page.evaluate('document.activeElement?.blur()');
    await page.keyboard.press('Delete');
    await expect(page.locator('[data-post-id]')).toHaveCount(0);
    await expect(page.getByText('2 posts moved to the Trash.', { exact: true })).toBeVisible();
    await expect(toolbar).toBeHidden();
    await page.keyboard.press('Control+z');
    await expect(page.locator('[data-post-id]')).toHaveCount(2);
    await expect(page.getByText('2 items restored.', { exact: true })).toBeVisible();
    expect(await host.rpc('trash.list', undefined)).toEqual([]);
  });

  test('a search finds a caption whatever its accents, in the list, until the filters are cleared', async ({
    app: page,
    host,
  }) => {
    const post = (channelId: string, date: string, caption: string) =>
      seedPost(host, { clientId: studio.clientId, channelId, date, time: '10:00', caption });
    await post(studio.channels.instagram, WEEK.tuesday, 'Coffee and yoga at the café next door');
    await post(studio.channels.linkedin, WEEK.thursday, 'Teacher training starts in March');
    // Another month: only the search reaches it, and it does not match.
    await post(studio.channels.x, '2027-02-03', 'New class schedule for February');
    await openCalendarFromSidebar(page);
    await expect(page.locator('[data-post-id]')).toHaveCount(2);

    await page.keyboard.press('/');
    const search = page.getByRole('searchbox', { name: 'Search captions and notes' });
    await expect(search).toBeFocused();
    await page.keyboard.type('cafe');
    // A search is read in the list, across every date.
    await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
    await expect(periodTitle(page)).toHaveText('Search results');
    await expect(listCount(page)).toHaveText('1 post found');
    await expect(listRows(page)).toHaveCount(1);
    await expect(listRows(page).first()).toContainText('Coffee and yoga at the café next door');

    // Esc leaves the field with the search kept; L is then the calendar's key, not a letter typed.
    await page.keyboard.press('Escape');
    await expect(search).not.toBeFocused();
    await page.keyboard.press('l');
    await expect(search).toHaveValue('cafe');
    await expect(page.getByRole('radio', { name: 'List' })).toBeChecked();
    await expect(listCount(page)).toHaveText('1 post found');
    await expect(listRows(page)).toHaveCount(1);

    // Without filters, the list shows the month on screen: January's two posts, in date order.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search).toHaveValue('');
    await expect(periodTitle(page)).toHaveText('January 2027');
    await expect(listCount(page)).toHaveText('2 posts');
    await expect(listRows(page)).toHaveCount(2);
    await expect(listRows(page).nth(0)).toContainText('Coffee and yoga at the café next door');
    await expect(listRows(page).nth(1)).toContainText('Teacher training starts in March');
    await expect(page.getByRole('button', { name: 'Clear filters' })).toBeHidden();
  });
});

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' });
  let studio: SeededStudio;
  test.beforeEach(async ({ host }) => {
    studio = await seedStudio(host);
  });

  test('warns when an Instagram caption has too many hashtags, and still saves it', async ({
    app: page,
    host,
  }) => {
    await openCalendarFromSidebar(page, 'Calendrier');
    await expect(page.getByRole('heading', { level: 1, name: 'Studio Yoga — calendrier' })).toBeVisible();
    await expect(periodTitle(page)).toHaveText('11 – 17 janv. 2027');

    // The week starts on Monday: N (today is elsewhere) plans on Monday 11 January.
    await page.keyboard.press('n');
    await expect(page.getByRole('dialog', { name: 'Nouvelle publication' })).toBeVisible();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue(shownDate(WEEK.monday));
    await dialog.getByLabel('Canal').selectOption({ label: '@studio.yoga · Instagram' });
    await dialog
      .getByLabel('Texte', { exact: true })
      .fill('Cours du matin #yoga #zen #respiration #matin #paris');
    const limits = dialog.getByRole('list', { name: 'Limites du réseau' });
    await expect(limits.getByRole('listitem').filter({ hasText: 'Hashtags' })).toHaveText(
      /^Hashtags\s*5 \/ 5\s*0 restant$/,
    );

    await dialog.getByLabel('Texte', { exact: true }).press('End');
    await page.keyboard.type(' #bienetre');
    const hashtags = limits.getByRole('listitem').filter({ hasText: 'Hashtags' });
    await expect(hashtags).toHaveText(/^Hashtags\s*6 \/ 5\s*1 de trop$/);
    // A warning, never a cut: the whole caption is saved.
    await expect(saveStatus(dialog)).toHaveText('Modifications enregistrées');
    await expect(page.getByRole('dialog', { name: 'Modifier la publication' })).toBeVisible();
    const [saved] = await host.rpc('posts.list', {
      clientId: studio.clientId,
      from: WEEK.monday,
      to: WEEK.nextMonday,
    });
    expect(saved?.caption).toBe('Cours du matin #yoga #zen #respiration #matin #paris #bienetre');

    // LinkedIn has no hashtag limit: the warning goes, the length count stays.
    await dialog.getByLabel('Canal').selectOption({ label: 'studio-yoga · LinkedIn' });
    await expect(limits.getByRole('listitem').filter({ hasText: 'Hashtags' })).toHaveCount(0);
    await expect(limits.getByRole('listitem').filter({ hasText: 'Caractères' })).toBeVisible();
    await expect(saveStatus(dialog)).toHaveText('Modifications enregistrées');
    await dialog.getByLabel('Canal').selectOption({ label: '@studio.yoga · Instagram' });
    await expect(hashtags).toHaveText(/1 de trop$/);
    await expect(saveStatus(dialog)).toHaveText('Modifications enregistrées');
    await dialog.getByRole('button', { name: 'Terminé' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      cardNamed(
        cell(page, 'Nouvelle publication le lundi 11 janvier à 09:00'),
        { network: 'Instagram', time: '09:00', status: 'Brouillon', format: 'Texte', handle: '@studio.yoga' },
        'Cours du matin',
      ),
    ).toBeVisible();
  });

  test('deletes a post with Suppr, brings it back with Ctrl+Z, then moves it a day back with Alt+←', async ({
    app: page,
    host,
  }) => {
    await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.x,
      date: WEEK.wednesday,
      time: '18:00',
      caption: 'Nouveau planning des cours',
    });
    await openCalendarFromSidebar(page, 'Calendrier');
    const post = card(page, 'Nouveau planning');
    await post.focus();
    await page.keyboard.press('Delete');
    await expect(post).toBeHidden();
    await expect(page.getByText('Publication placée dans la corbeille.', { exact: true })).toBeVisible();
    await page.keyboard.press('Control+z');
    await expect(
      cell(page, 'Nouvelle publication le mercredi 13 janvier à 18:00').locator(post),
    ).toBeVisible();
    await expect(page.getByText('« Nouveau planning des cours » restauré.', { exact: true })).toBeVisible();

    await post.focus();
    await page.keyboard.press('Alt+ArrowLeft');
    const moved = cardNamed(
      cell(page, 'Nouvelle publication le mardi 12 janvier à 18:00'),
      { network: 'X', time: '18:00', status: 'Brouillon', format: 'Texte', handle: '@studioyoga' },
      'Nouveau planning',
    );
    await expect(moved).toBeVisible();
    await expect(moved).toBeFocused();
  });

  test('the month (M) shows each day’s posts, and “+ 2 autres” opens that day’s week', async ({
    app: page,
    host,
  }) => {
    await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.instagram,
      date: WEEK.tuesday,
      time: '08:30',
      status: 'ready',
      caption: 'Cours du matin au parc',
    });
    // Six workshops on Wednesday 20 January: more than a month's day shows.
    for (let hour = 8; hour < 14; hour += 1)
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.linkedin,
        date: '2027-01-20',
        time: `${String(hour).padStart(2, '0')}:00`,
        caption: `Atelier ${hour - 7} de respiration`,
      });
    await openCalendarFromSidebar(page, 'Calendrier');
    await expect(periodTitle(page)).toHaveText('11 – 17 janv. 2027');
    // G then Esc: into the date field and straight back, the calendar's letters work again.
    await page.keyboard.press('g');
    await expect(page.getByLabel('Aller au')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByLabel('Aller au')).not.toBeFocused();

    await page.keyboard.press('m');
    await expect(periodTitle(page)).toHaveText('janvier 2027');
    await expect(page.getByRole('radio', { name: 'Mois' })).toBeChecked();
    const tuesday = page.getByRole('group', { name: 'mardi 12 janvier' });
    await expect(
      cardNamed(tuesday, { network: 'Instagram', time: '08:30', status: 'Prête' }, 'Cours du matin'),
    ).toBeVisible();
    const wednesday = page.getByRole('group', { name: 'mercredi 20 janvier' });
    await expect(wednesday.locator('[data-post-id]')).toHaveCount(4);
    for (const n of [1, 2, 3, 4])
      await expect(
        cardNamed(
          wednesday,
          { network: 'LinkedIn', time: `${String(n + 7).padStart(2, '0')}:00`, status: 'Brouillon' },
          `Atelier ${n} `,
        ),
      ).toBeVisible();
    await expect(card(page, 'Atelier 5 ')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'jeudi 21 janvier' }).locator('[data-post-id]')).toHaveCount(
      0,
    );

    await wednesday.getByRole('button', { name: '+ 2 autres' }).click();
    await expect(periodTitle(page)).toHaveText('18 – 24 janv. 2027');
    await expect(page.getByRole('radio', { name: 'Semaine' })).toBeChecked();
    await expect(page.locator('[data-post-id]')).toHaveCount(6);
    await expect(
      cardNamed(
        cell(page, 'Nouvelle publication le mercredi 20 janvier à 13:00'),
        { network: 'LinkedIn', time: '13:00', status: 'Brouillon', format: 'Texte', handle: 'studio-yoga' },
        'Atelier 6 de respiration',
      ),
    ).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious violation on the calendar (with a selection) and in the composer', async ({
      app: page,
      host,
    }) => {
      test.slow();
      const studio = await seedStudio(host);
      const base = { clientId: studio.clientId, caption: '' };
      await seedPost(host, {
        ...base,
        channelId: studio.channels.instagram,
        date: WEEK.monday,
        time: '08:30',
        status: 'ready',
        format: 'carousel',
        caption: 'Five poses for tight shoulders #yoga #zen #stretch #office #desk #breathe',
      });
      await seedPost(host, {
        ...base,
        channelId: studio.channels.linkedin,
        date: WEEK.tuesday,
        time: '12:00',
        status: 'idea',
      });
      await seedPost(host, {
        ...base,
        channelId: studio.channels.x,
        date: WEEK.thursday,
        time: '10:00',
        status: 'published',
        caption: 'Thank you for 1,000 followers!',
      });
      await seedPost(host, {
        ...base,
        channelId: studio.channels.x,
        date: WEEK.friday,
        time: '09:00',
        status: 'cancelled',
        caption: 'Class cancelled tonight',
      });
      await seedPost(host, {
        ...base,
        channelId: studio.channels.linkedin,
        date: WEEK.wednesday,
        time: '14:00',
        format: 'article',
        caption: 'Why we teach in small groups',
      });
      await page.reload();
      await openCalendarFromSidebar(page);
      // Every status on screen at once (their colours are what the contrast check is about),
      // one of them selected, so the selection toolbar is checked too.
      await expect(page.locator('[data-post-id]')).toHaveCount(5);
      await card(page, 'Five poses').focus();
      await page.keyboard.press('x');
      await expect(page.getByRole('toolbar', { name: 'Selected posts' })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'calendar').toEqual([]);

      await card(page, 'Five poses').click();
      const dialog = page.getByRole('dialog', { name: 'Edit post' });
      await expect(dialog.getByText('1 over the limit')).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'composer').toEqual([]);
    });
  });
}
