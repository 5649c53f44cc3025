import type { Page } from '@playwright/test';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { card, cardNamed, openCalendarIn, periodTitle } from './page-models/calendar.ts';
import { type SeededStudio, seedPost, seedStudio, WEEK } from './page-models/seed.ts';

/** Every word these scenarios read or click, in one language. */
interface Ui {
  language: 'en' | 'fr';
  locale: 'en-US' | 'fr-FR';
  nextWeekTitle: string;
  copyWeek: string;
  keepStatuses: string;
  copyPosts: (count: number) => string;
  keptAdded: (count: number) => string;
  draftsAdded: (count: number) => string;
  status: Record<'idea' | 'draft' | 'ready' | 'published', string>;
  setStatus: string;
  selectedCount: (count: number) => string;
  selectionBar: string;
  time: string;
  date: string;
  movedAway: (words: string, date: string, time: string) => string;
  goThere: string;
  undo: string;
  jan2024Title: string;
  pastNotPublished: string;
  futurePublished: string;
  shortFlag: string;
  overLimits: (network: string, details: string) => string;
  hashtags: string;
  characters: string;
  duplicateTitle: string;
  cancel: string;
  list: string;
  repeated: string;
  second: string;
  skipped: string;
}

const NNBSP = '\u202f';

const EN: Ui = {
  language: 'en',
  locale: 'en-US',
  nextWeekTitle: '18 – 24 Jan 2027',
  copyWeek: 'Copy last week',
  keepStatuses: 'Keep their statuses',
  copyPosts: (count) => `Copy ${count} posts`,
  keptAdded: (count) => `${count} posts added to this week with their statuses.`,
  draftsAdded: (count) => `${count} drafts added to this week.`,
  status: { idea: 'Idea', draft: 'Draft', ready: 'Ready', published: 'Published' },
  setStatus: 'Set status…',
  selectedCount: (count) => `${count} posts selected`,
  selectionBar: 'Selected posts',
  time: 'Time (Europe/Paris)',
  date: 'Date',
  movedAway: (words, date, time) => `“${words}” is now on ${date} at ${time}, off this screen.`,
  goThere: 'Go there',
  undo: 'Undo',
  jan2024Title: '8 – 14 Jan 2024',
  pastNotPublished:
    'This date has passed and the post is not marked published. If it went out, mark it published; otherwise give it a new date.',
  futurePublished:
    'Marked published, but planned for a time still to come. Give it the date it went out, or another status.',
  shortFlag: 'Over the limit',
  overLimits: (network, details) => `Over ${network}’s limits: ${details}`,
  hashtags: 'Hashtags',
  characters: 'Characters',
  duplicateTitle: 'Duplicate post',
  cancel: 'Cancel',
  list: 'List',
  repeated: '02:30 happens twice on Sunday 25 October: the clocks go back an hour. Which one?',
  second: 'The second 02:30 (winter time, UTC+1)',
  skipped:
    'There is no 02:30 on Sunday 29 March: the clocks go forward an hour. The post is planned at 03:30.',
};

const FR: Ui = {
  language: 'fr',
  locale: 'fr-FR',
  nextWeekTitle: '18 – 24 janv. 2027',
  copyWeek: 'Copier la semaine dernière',
  keepStatuses: 'Garder leurs statuts',
  copyPosts: (count) => `Copier ${count} publications`,
  keptAdded: (count) => `${count} publications ajoutées à cette semaine avec leurs statuts.`,
  draftsAdded: (count) => `${count} brouillons ajoutés à cette semaine.`,
  status: { idea: 'Idée', draft: 'Brouillon', ready: 'Prête', published: 'Publiée' },
  setStatus: 'Changer le statut…',
  selectedCount: (count) => `${count} publications sélectionnées`,
  selectionBar: 'Publications sélectionnées',
  time: 'Heure (Europe/Paris)',
  date: 'Date',
  movedAway: (words, date, time) =>
    `«${NNBSP}${words}${NNBSP}» est maintenant le ${date} à ${time}, hors de cet écran.`,
  goThere: 'Y aller',
  undo: 'Annuler',
  jan2024Title: '8 – 14 janv. 2024',
  pastNotPublished: `Cette date est passée et la publication n’est pas marquée publiée. Si elle est partie, marquez-la publiée${NNBSP}; sinon, donnez-lui une nouvelle date.`,
  futurePublished:
    'Marquée publiée, mais prévue à une heure qui n’est pas encore arrivée. Donnez-lui la date où elle est partie, ou un autre statut.',
  shortFlag: 'Hors limites',
  overLimits: (network, details) => `Hors limites sur ${network}${NNBSP}: ${details}`,
  hashtags: 'Hashtags',
  characters: 'Caractères',
  duplicateTitle: 'Dupliquer la publication',
  cancel: 'Annuler',
  list: 'Liste',
  repeated: `02:30 arrive deux fois le dimanche 25 octobre${NNBSP}: on recule les montres d’une heure. Laquelle${NNBSP}?`,
  second: 'Le second 02:30 (heure d’hiver, UTC+1)',
  skipped: `Il n’y a pas de 02:30 le dimanche 29 mars${NNBSP}: on avance les montres d’une heure. La publication est prévue à 03:30.`,
};

type Status = 'idea' | 'draft' | 'ready' | 'published' | 'cancelled';

/** Last week as a CM leaves it: mostly published, some ready, a draft, an idea and one cancelled. */
const LAST_WEEK: {
  channel: keyof SeededStudio['channels'];
  date: string;
  time: string;
  status: Status;
  caption: string;
}[] = [
  { channel: 'instagram', date: WEEK.monday, time: '08:30', status: 'published', caption: 'Morning flow' },
  {
    channel: 'linkedin',
    date: WEEK.tuesday,
    time: '12:00',
    status: 'published',
    caption: 'Teacher training',
  },
  { channel: 'x', date: WEEK.wednesday, time: '18:00', status: 'published', caption: 'Evening class' },
  { channel: 'instagram', date: WEEK.thursday, time: '09:00', status: 'ready', caption: 'Breathing tips' },
  { channel: 'linkedin', date: WEEK.friday, time: '10:00', status: 'ready', caption: 'Studio news' },
  { channel: 'x', date: WEEK.saturday, time: '11:00', status: 'draft', caption: 'Weekend workshop' },
  { channel: 'instagram', date: WEEK.sunday, time: '17:00', status: 'idea', caption: 'Sunday stretch' },
  {
    channel: 'linkedin',
    date: WEEK.sunday,
    time: '19:00',
    status: 'cancelled',
    caption: 'Cancelled retreat',
  },
];

const NETWORK = { instagram: 'Instagram', linkedin: 'LinkedIn', x: 'X' } as const;

/** The studio with last week planned, its calendar open on that week in the UI's language. */
async function openLastWeek(page: Page, host: E2eHost, ui: Ui): Promise<SeededStudio> {
  const studio = await seedStudio(host);
  for (const post of LAST_WEEK)
    await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels[post.channel],
      date: post.date,
      time: post.time,
      status: post.status,
      caption: post.caption,
    });
  await openCalendarIn(page, host, ui.language);
  await expect(page.locator('[data-post-id]')).toHaveCount(LAST_WEEK.length);
  return studio;
}

/**
 * Starts counting what the user does, in the page itself: each press of a mouse button and each
 * key pressed (a modifier held for a chord, Ctrl of Ctrl+A or Shift of a Shift-click, is part of
 * that action, not one more). The returned function reads the actions so far.
 */
async function countActions(page: Page): Promise<() => Promise<string[]>> {
  const log = await page.locator('body').evaluateHandle((body) => {
    const actions: string[] = [];
    const view = body.ownerDocument.defaultView;
    if (!view) throw new Error('The page has no window');
    const modifiers = new Set(['Control', 'Shift', 'Alt', 'Meta']);
    view.addEventListener(
      'pointerdown',
      (e: { isTrusted: boolean }) => e.isTrusted && actions.push('click'),
      true,
    );
    view.addEventListener(
      'keydown',
      (e: { isTrusted: boolean; repeat: boolean; key: string }) =>
        e.isTrusted && !e.repeat && !modifiers.has(e.key) && actions.push(`key ${e.key}`),
      true,
    );
    return actions;
  });
  return () => log.jsonValue();
}

/** The status each post of last week comes back with when its status is kept. */
const KEPT: Record<Status, 'idea' | 'draft' | 'ready'> = {
  published: 'ready',
  ready: 'ready',
  draft: 'draft',
  idea: 'idea',
  cancelled: 'draft',
};

async function expectNextWeek(page: Page, statusOf: (post: (typeof LAST_WEEK)[number]) => string) {
  for (const post of LAST_WEEK.filter((p) => p.status !== 'cancelled'))
    await expect(
      cardNamed(
        page,
        { network: NETWORK[post.channel], time: post.time, status: statusOf(post) },
        post.caption,
      ),
    ).toBeVisible();
  await expect(page.locator('[data-post-id]')).toHaveCount(7);
}

for (const ui of [EN, FR]) {
  test.describe(`planning a week in fewer actions (${ui.language})`, () => {
    test.use({ locale: ui.locale });

    test('turns last week into next week’s seven planned posts, statuses kept, in 4 actions (was 13)', async ({
      app: page,
      host,
    }) => {
      const studio = await openLastWeek(page, host, ui);

      const actions = await countActions(page);
      // 1. J opens next week.
      await page.keyboard.press('j');
      await expect(periodTitle(page)).toHaveText(ui.nextWeekTitle);
      // 2. "Copy last week": seven of the eight ticked, the cancelled one left out.
      await page.getByRole('button', { name: ui.copyWeek, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: ui.copyWeek });
      // 3. "Keep their statuses": each row says what its copy becomes (Published → Ready).
      await dialog.getByRole('checkbox', { name: ui.keepStatuses }).click();
      await expect(dialog.getByText(`${ui.status.published} → ${ui.status.ready}`)).toHaveCount(3);
      // 4. Copy.
      await dialog.getByRole('button', { name: ui.copyPosts(7) }).click();
      await expect(dialog).toBeHidden();
      await expect(page.getByText(ui.keptAdded(7), { exact: true })).toBeVisible();
      await expectNextWeek(page, (post) => ui.status[KEPT[post.status]]);

      const done = await actions();
      expect(done).toEqual(['key j', 'click', 'click', 'click']);
      expect(done.length).toBeLessThanOrEqual(5);
      // Copies are never published ahead of time.
      const copies = await host.rpc('posts.list', {
        clientId: studio.clientId,
        from: WEEK.nextMonday,
        to: '2027-01-25',
      });
      expect(copies.map((p) => p.publishedAt)).toEqual(Array(7).fill(null));
    });

    test('copies as drafts, then Ctrl+A and one status for all in 5 actions; the keyboard is back on the calendar', async ({
      app: page,
      host,
    }) => {
      await openLastWeek(page, host, ui);
      await page.keyboard.press('j');
      await expect(periodTitle(page)).toHaveText(ui.nextWeekTitle);

      const actions = await countActions(page);
      await page.getByRole('button', { name: ui.copyWeek, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: ui.copyWeek });
      await dialog.getByRole('button', { name: ui.copyPosts(7) }).click();
      await expect(page.getByText(ui.draftsAdded(7), { exact: true })).toBeVisible();
      await expect(page.locator('[data-post-id]')).toHaveCount(7);
      // Ctrl+A selects every post of the week on screen.
      await page.keyboard.press('Control+a');
      const bar = page.getByRole('toolbar', { name: ui.selectionBar });
      await expect(bar.getByText(ui.selectedCount(7))).toBeVisible();
      await bar.getByRole('button', { name: ui.setStatus }).click();
      await page.getByRole('menuitem', { name: ui.status.ready, exact: true }).click();
      await expectNextWeek(page, () => ui.status.ready);
      expect(await actions()).toEqual(['click', 'click', 'key a', 'click', 'click']);

      // The focus is on the first selected card, not left in the menu: K goes back a week at once.
      await expect(card(page, 'Morning flow')).toBeFocused();
      await page.keyboard.press('k');
      await expect(page.locator('[data-post-id]')).toHaveCount(8);

      // Ctrl-click Monday's post, Shift-click Wednesday's: the three posts between are selected.
      await card(page, 'Morning flow').click({ modifiers: ['Control'] });
      await card(page, 'Evening class').click({ modifiers: ['Shift'] });
      await expect(bar.getByText(ui.selectedCount(3))).toBeVisible();
      for (const words of ['Morning flow', 'Teacher training', 'Evening class'])
        await expect(card(page, words)).toHaveAttribute('aria-pressed', 'true');
      await expect(card(page, 'Breathing tips')).toHaveAttribute('aria-pressed', 'false');
    });

    test('says where a post went when its date takes it off screen, with Go there and Undo, and warns about odd dates', async ({
      app: page,
      host,
    }) => {
      const studio = await seedStudio(host);
      const id = await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.instagram,
        date: WEEK.monday,
        time: '08:30',
        caption: 'Morning flow',
      });
      await openCalendarIn(page, host, ui.language);
      await card(page, 'Morning flow').click();
      const composer = page.getByRole('dialog');

      // Published on a day still to come: said at once.
      await composer.getByRole('radio', { name: ui.status.published }).check();
      await expect(composer.getByText(ui.futurePublished, { exact: true })).toBeVisible();
      // A typo in the year: 2024 instead of 2027. Published then, nothing odd; ready, it is.
      const date = composer.getByLabel(ui.date, { exact: true });
      await date.fill('2024-01-13');
      await date.press('Tab');
      await expect(composer.getByText(ui.futurePublished, { exact: true })).toBeHidden();
      await composer.getByRole('radio', { name: ui.status.ready }).check();
      await expect(composer.getByText(ui.pastNotPublished, { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(composer).toBeHidden();

      const day = ui.language === 'en' ? 'Saturday 13 January 2024' : 'samedi 13 janvier 2024';
      await expect(page.getByText(ui.movedAway('Morning flow', day, '08:30'), { exact: true })).toBeVisible();
      await expect(card(page, 'Morning flow')).toHaveCount(0);
      await page.getByRole('button', { name: ui.goThere, exact: true }).click();
      await expect(periodTitle(page)).toHaveText(ui.jan2024Title);
      await expect(card(page, 'Morning flow')).toBeVisible();

      // Ctrl+Z takes the change back: the post returns to Monday 11 January 2027.
      await page.keyboard.press('Control+z');
      await expect(card(page, 'Morning flow')).toHaveCount(0);
      await expect
        .poll(async () => utcToZoned((await host.rpc('posts.get', { id })).plannedAt, 'Europe/Paris'))
        .toMatchObject({ date: WEEK.monday, time: '08:30' });
    });

    test('flags posts over their network’s limits on the card, in the list, and in the copy and duplicate dialogs', async ({
      app: page,
      host,
    }) => {
      const studio = await seedStudio(host);
      const tags = '#yoga #calme #souffle #matin #dos #paris #studio';
      const long = `Long read ${'x'.repeat(282)}`;
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.instagram,
        date: WEEK.monday,
        time: '08:30',
        caption: `Seven tags ${tags}`,
      });
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.x,
        date: WEEK.tuesday,
        time: '12:00',
        caption: long,
      });
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.linkedin,
        date: WEEK.wednesday,
        time: '18:00',
        caption: `LinkedIn essay ${'y'.repeat(277)}`,
      });
      await openCalendarIn(page, host, ui.language);

      const igOver = ui.overLimits('Instagram', `${ui.hashtags} 7 / 5`);
      const xOver = ui.overLimits('X', `${ui.characters} 292 / 280`);
      // On the cards: a short sign, the whole sentence for screen readers and as a tooltip.
      await expect(card(page, 'Seven tags')).toContainText(ui.shortFlag);
      await expect(card(page, 'Seven tags')).toHaveAccessibleName(
        // The accessible name turns the narrow no-break space of French typography into a plain one.
        new RegExp(igOver.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(NNBSP, '\\s')),
      );
      await expect(card(page, 'Long read')).toContainText(ui.shortFlag);
      await expect(card(page, 'LinkedIn essay')).not.toContainText(ui.shortFlag);

      // In the list: the sentence beside the caption.
      await page.keyboard.press('l');
      await expect(page.getByText(igOver, { exact: true })).toBeVisible();
      await expect(page.getByText(xOver, { exact: true })).toBeVisible();
      await expect(page.locator('[data-limit-flag]')).toHaveCount(2);
      expect(await seriousA11yViolations(page), 'the list with its flags').toEqual([]);

      // Duplicating the LinkedIn essay: fine on Instagram, 292 characters on X.
      await page.keyboard.press('w');
      await card(page, 'LinkedIn essay').focus();
      await page.keyboard.press('d');
      const duplicate = page.getByRole('dialog', { name: ui.duplicateTitle });
      await expect(duplicate.getByRole('checkbox', { name: /@studioyoga · X/ })).toHaveAccessibleName(
        new RegExp(`${ui.characters} 292 / 280`),
      );
      await expect(duplicate.getByText(xOver, { exact: true })).toBeVisible();
      await expect(duplicate.locator('[data-limit-flag]')).toHaveCount(1);
      await duplicate.getByRole('button', { name: ui.cancel, exact: true }).click();

      // Copying the week to the next: the two posts over their limits say so before they are copied.
      await page.keyboard.press('j');
      await expect(periodTitle(page)).toHaveText(ui.nextWeekTitle);
      await page.getByRole('button', { name: ui.copyWeek, exact: true }).click();
      const copy = page.getByRole('dialog', { name: ui.copyWeek });
      await expect(copy.getByRole('checkbox', { name: /Seven tags/ })).toHaveAccessibleName(
        new RegExp(`${ui.hashtags} 7 / 5`),
      );
      await expect(copy.locator('[data-limit-flag]')).toHaveCount(2);
    });

    test('moves by one real hour on the night the clocks change, and lets the user pick the second 02:30', async ({
      app: page,
      host,
    }) => {
      const studio = await seedStudio(host);
      const three = await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.instagram,
        date: '2026-03-29',
        time: '03:00',
        caption: 'Spring three',
      });
      const half = await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.linkedin,
        date: '2026-03-29',
        time: '03:30',
        caption: 'Spring half',
      });
      const autumn = await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.x,
        date: '2026-10-25',
        time: '02:30',
        caption: 'Autumn twice',
      });
      const plannedAt = async (id: string) => (await host.rpc('posts.get', { id })).plannedAt;
      await host.rpc('prefs.set', {
        calendarViews: { [studio.clientId]: { view: 'week', date: '2026-03-25', filters: {} } },
      });
      await openCalendarIn(page, host, ui.language);

      // Alt+↑ on 03:00 and 03:30: 02:xx does not exist that night, so one hour earlier is 01:00 and 01:30.
      await card(page, 'Spring three').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(
        cardNamed(page, { network: 'Instagram', time: '01:00', status: ui.status.draft }, 'Spring three'),
      ).toBeFocused();
      expect(await plannedAt(three)).toBe('2026-03-29T00:00:00.000Z');
      await card(page, 'Spring half').focus();
      await page.keyboard.press('Alt+ArrowUp');
      await expect(
        cardNamed(page, { network: 'LinkedIn', time: '01:30', status: ui.status.draft }, 'Spring half'),
      ).toBeFocused();
      expect(await plannedAt(half)).toBe('2026-03-29T00:30:00.000Z');

      // Typing 02:30 that day: the composer says there is none and which time it used.
      await card(page, 'Spring half').click();
      const composer = page.getByRole('dialog');
      const time = composer.getByLabel(ui.time, { exact: true });
      await time.fill('02:30');
      await time.press('Tab');
      await expect(composer.getByText(ui.skipped, { exact: true })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(composer).toBeHidden();
      await expect(
        cardNamed(page, { network: 'LinkedIn', time: '03:30', status: ui.status.draft }, 'Spring half'),
      ).toBeVisible();
      expect(await plannedAt(half)).toBe('2026-03-29T01:30:00.000Z');

      // 25 October: 02:30 happens twice; the first is taken unless the user picks the second.
      expect(await plannedAt(autumn)).toBe('2026-10-25T00:30:00.000Z');
      await host.rpc('prefs.set', {
        calendarViews: { [studio.clientId]: { view: 'week', date: '2026-10-21', filters: {} } },
      });
      await openCalendarIn(page, host, ui.language);
      await card(page, 'Autumn twice').click();
      const group = composer.getByRole('group', { name: ui.repeated });
      await expect(group).toBeVisible();
      expect(await seriousA11yViolations(page), 'the composer asking which 02:30').toEqual([]);
      await group.getByRole('radio', { name: ui.second }).check();
      await expect.poll(() => plannedAt(autumn)).toBe('2026-10-25T01:30:00.000Z');
      await page.keyboard.press('Escape');
      await expect(composer).toBeHidden();
      // Opened again, it still says the second one.
      await card(page, 'Autumn twice').click();
      await expect(composer.getByRole('radio', { name: ui.second })).toBeChecked();
    });
  });
}
