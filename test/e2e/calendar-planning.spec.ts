import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { addDays } from '../../shared/calendar/dates.ts';
import { readIcs, unescapeIcsText } from '../support/readers/ics-reader.ts';
import { pdfFile, pngFile } from '../support/seeds/media-files.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import {
  card,
  cardNamed,
  cell,
  closeComposerWithEsc,
  dayHeader,
  openCalendarFromSidebar,
  periodTitle,
  shownDate,
} from './page-models/calendar.ts';
import { chooseWithArrows, tabTo } from './page-models/interactions.ts';
import { type SeededStudio, seedPost, seedStudio, WEEK } from './page-models/seed.ts';

/** The studio's three channels as the composer lists them and as a card names them. */
const CHANNELS = {
  instagram: { network: 'Instagram', handle: '@studio.yoga', option: '@studio.yoga · Instagram' },
  linkedin: { network: 'LinkedIn', handle: 'studio-yoga', option: 'studio-yoga · LinkedIn' },
  x: { network: 'X', handle: '@studioyoga', option: '@studioyoga · X' },
} as const;
type ChannelKey = keyof typeof CHANNELS;

interface PlannedPost {
  channel: ChannelKey;
  date: string;
  time: string;
  caption: string;
  /** Set to Ready in the composer (the others stay drafts). */
  ready?: boolean;
  /** The .ics title after the network, when the caption is too long to be whole. */
  title?: string;
}

/** Every word the headline scenario reads or clicks, in one language. */
interface Ui {
  language: 'en' | 'fr';
  locale: 'en-US' | 'fr-FR';
  openCalendar: string;
  weekTitle: string;
  nextWeekTitle: string;
  newPost: string;
  editPost: string;
  caption: string;
  channel: string;
  date: string;
  time: string;
  saved: string;
  draft: string;
  ready: string;
  text: string;
  /** Long weekday names, Sunday first (as `getUTCDay` counts). */
  weekdays: readonly string[];
  thursdayHeader: string;
  slot: (weekday: string, day: number, time: string) => string;
  duplicateTitle: string;
  createOneCopy: string;
  oneCopyDone: string;
  copyWeek: string;
  copyPosts: (count: number) => string;
  draftsAdded: (count: number) => string;
  more: string;
  exportItem: string;
  exportTitle: string;
  icsFormat: string;
  from: string;
  to: string;
  exportSubmit: string;
  plan: readonly PlannedPost[];
}

const EN: Ui = {
  language: 'en',
  locale: 'en-US',
  openCalendar: 'Open the calendar',
  weekTitle: '11 – 17 Jan 2027',
  nextWeekTitle: '18 – 24 Jan 2027',
  newPost: 'New post',
  editPost: 'Edit post',
  caption: 'Caption',
  channel: 'Channel',
  date: 'Date',
  time: 'Time (Europe/Paris)',
  saved: 'All changes saved',
  draft: 'Draft',
  ready: 'Ready',
  text: 'Text',
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  thursdayHeader: 'Thu',
  slot: (weekday, day, time) => `New post on ${weekday} ${day} January at ${time}`,
  duplicateTitle: 'Duplicate post',
  createOneCopy: 'Create 1 copy',
  oneCopyDone: '1 copy created as a draft.',
  copyWeek: 'Copy last week',
  copyPosts: (count) => `Copy ${count} posts`,
  draftsAdded: (count) => `${count} drafts added to this week.`,
  more: 'More',
  exportItem: 'Export (.ics, CSV)…',
  exportTitle: 'Export the calendar',
  icsFormat: 'Calendar (.ics): one event per post',
  from: 'From',
  to: 'To (included)',
  exportSubmit: 'Export',
  plan: [
    {
      channel: 'instagram',
      date: WEEK.monday,
      time: '08:30',
      ready: true,
      caption: 'Morning flow to wake up the spine',
    },
    { channel: 'linkedin', date: WEEK.monday, time: '12:00', caption: 'We are hiring a second yoga teacher' },
    { channel: 'x', date: WEEK.tuesday, time: '18:00', caption: 'Evening class moves to room 2' },
    { channel: 'instagram', date: WEEK.wednesday, time: '07:30', caption: 'Five poses for tight shoulders' },
    { channel: 'linkedin', date: WEEK.thursday, time: '12:30', caption: 'Why we teach in small groups' },
    {
      channel: 'x',
      date: WEEK.friday,
      time: '17:00',
      caption: 'Weekend workshop: three places left, book at the front desk',
      title: 'Weekend workshop: three places left,…',
    },
    { channel: 'instagram', date: WEEK.saturday, time: '10:00', caption: 'Brunch after the Saturday class' },
  ],
};

const FR: Ui = {
  language: 'fr',
  locale: 'fr-FR',
  openCalendar: 'Ouvrir le calendrier',
  weekTitle: '11 – 17 janv. 2027',
  nextWeekTitle: '18 – 24 janv. 2027',
  newPost: 'Nouvelle publication',
  editPost: 'Modifier la publication',
  caption: 'Texte',
  channel: 'Canal',
  date: 'Date',
  time: 'Heure (Europe/Paris)',
  saved: 'Modifications enregistrées',
  draft: 'Brouillon',
  ready: 'Prête',
  text: 'Texte',
  weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  thursdayHeader: 'jeu.',
  slot: (weekday, day, time) => `Nouvelle publication le ${weekday} ${day} janvier à ${time}`,
  duplicateTitle: 'Dupliquer la publication',
  createOneCopy: 'Créer 1 copie',
  oneCopyDone: '1 copie créée en brouillon.',
  copyWeek: 'Copier la semaine dernière',
  copyPosts: (count) => `Copier ${count} publications`,
  draftsAdded: (count) => `${count} brouillons ajoutés à cette semaine.`,
  more: 'Plus',
  exportItem: 'Exporter (.ics, CSV)…',
  exportTitle: 'Exporter le calendrier',
  icsFormat: 'Calendrier (.ics) : un événement par publication',
  from: 'Du',
  to: 'Au (inclus)',
  exportSubmit: 'Exporter',
  plan: [
    {
      channel: 'instagram',
      date: WEEK.monday,
      time: '08:30',
      ready: true,
      caption: 'Flow du matin pour réveiller le dos',
    },
    { channel: 'linkedin', date: WEEK.monday, time: '12:00', caption: 'Nous recrutons un second professeur' },
    { channel: 'x', date: WEEK.tuesday, time: '18:00', caption: 'Le cours du soir passe en salle 2' },
    { channel: 'instagram', date: WEEK.wednesday, time: '07:30', caption: 'Cinq postures pour les épaules' },
    {
      channel: 'linkedin',
      date: WEEK.thursday,
      time: '12:30',
      caption: 'Pourquoi enseigner en petits groupes',
    },
    {
      channel: 'x',
      date: WEEK.friday,
      time: '17:00',
      caption: 'Atelier du week-end : trois places restantes, réservez à l’accueil',
      title: 'Atelier du week-end : trois places…',
    },
    { channel: 'instagram', date: WEEK.saturday, time: '10:00', caption: 'Brunch après le cours du samedi' },
  ],
};

/** The empty-slot name of the hour cell a post at this date and time sits in. */
function slotOf(ui: Ui, date: string, time: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  return ui.slot(ui.weekdays[day.getUTCDay()] ?? '', day.getUTCDate(), `${time.slice(0, 2)}:00`);
}

/** The post's card, in the cell of its day and hour, reading its network, time and status. */
function plannedCard(page: Page, ui: Ui, post: PlannedPost, status: string): Locator {
  const channel = CHANNELS[post.channel];
  return cardNamed(
    cell(page, slotOf(ui, post.date, post.time)),
    { network: channel.network, time: post.time, status, format: ui.text, handle: channel.handle },
    post.caption,
  );
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `20270111T073000Z`: Paris is UTC+1 all of January, so the instant is written out by hand. */
const icsStart = (date: string, time: string): string =>
  new Date(`${date}T${time}:00+01:00`)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

/** One post typed in from the keyboard: N, the caption, then Shift+Tab and Tab to the other fields. */
async function planFromKeyboard(page: Page, ui: Ui, post: PlannedPost) {
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: ui.newPost })).toBeVisible();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(ui.caption, { exact: true })).toBeFocused();
  await page.keyboard.type(post.caption);
  await expect(page.getByRole('dialog', { name: ui.editPost })).toBeVisible();
  if (post.ready) {
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('radio', { name: ui.draft })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: ui.ready })).toBeChecked();
  }
  const channel = dialog.getByLabel(ui.channel, { exact: true });
  await tabTo(page, channel, 'Shift+Tab');
  await chooseWithArrows(page, channel, CHANNELS[post.channel].option);
  const date = dialog.getByLabel(ui.date, { exact: true });
  await tabTo(page, date);
  await page.keyboard.type(shownDate(post.date));
  await expect(date).toHaveValue(shownDate(post.date));
  const time = dialog.getByLabel(ui.time, { exact: true });
  await tabTo(page, time);
  await page.keyboard.type(post.time);
  await expect(time).toHaveValue(post.time);
  await closeComposerWithEsc(page, dialog, ui.saved);
}

for (const ui of [EN, FR]) {
  test.describe(`planning a week (${ui.language})`, () => {
    test.use({ locale: ui.locale });

    test('plans 7 posts on 3 channels from the keyboard, drags, duplicates, copies last week and exports .ics', async ({
      app: page,
      host,
    }) => {
      // Seven posts typed key by key, each waiting for its autosave: about 30 s on an idle machine,
      // three times that when the two cores are shared with other test runs.
      test.setTimeout(180_000);
      const studio = await seedStudio(host);
      await host.rpc('prefs.set', { language: ui.language });
      await page.reload();
      // From the client's page, where the three channels are listed, to its calendar.
      await page.getByRole('navigation').getByRole('link', { name: 'Studio Yoga', exact: true }).click();
      for (const channel of Object.values(CHANNELS))
        await expect(page.getByRole('cell', { name: channel.handle, exact: true })).toBeVisible();
      await page.getByRole('link', { name: ui.openCalendar }).click();
      await expect(periodTitle(page)).toHaveText(ui.weekTitle);

      for (const post of ui.plan) await planFromKeyboard(page, ui, post);
      for (const post of ui.plan)
        await expect(plannedCard(page, ui, post, post.ready ? ui.ready : ui.draft)).toBeVisible();
      await expect(page.locator('[data-post-id]')).toHaveCount(7);

      // The Tuesday evening post dropped on Thursday's header: another day, the same 18:00.
      const [first, , evening] = ui.plan;
      if (!first || !evening) throw new Error('the plan has seven posts');
      await card(page, evening.caption).dragTo(dayHeader(page, ui.thursdayHeader));
      const moved = { ...evening, date: WEEK.thursday };
      await expect(plannedCard(page, ui, moved, ui.draft)).toBeVisible();
      await expect(page.locator('[data-post-id]')).toHaveCount(7);

      // D on the Monday morning post: a LinkedIn copy, a draft at the same day and time.
      await card(page, first.caption).focus();
      await page.keyboard.press('d');
      const duplicate = page.getByRole('dialog', { name: ui.duplicateTitle });
      const linkedin = duplicate.getByRole('checkbox', { name: CHANNELS.linkedin.option });
      await tabTo(page, linkedin);
      await page.keyboard.press('Space');
      await expect(linkedin).toBeChecked();
      await tabTo(page, duplicate.getByRole('button', { name: ui.createOneCopy }));
      await page.keyboard.press('Enter');
      await expect(duplicate).toBeHidden();
      await expect(page.getByText(ui.oneCopyDone, { exact: true })).toBeVisible();
      const copy: PlannedPost = { ...first, channel: 'linkedin', ready: false };
      await expect(plannedCard(page, ui, copy, ui.draft)).toBeVisible();
      await expect(plannedCard(page, ui, first, ui.ready)).toBeVisible();
      await expect(page.locator('[data-post-id]')).toHaveCount(8);
      const lastWeek = ui.plan.map((p) => (p === evening ? moved : p)).concat(copy);

      // J, then "Copy last week": every post of last week ticked, all become drafts here.
      await page.keyboard.press('j');
      await expect(periodTitle(page)).toHaveText(ui.nextWeekTitle);
      await expect(page.locator('[data-post-id]')).toHaveCount(0);
      await page.getByRole('button', { name: ui.copyWeek, exact: true }).click();
      const copyWeek = page.getByRole('dialog', { name: ui.copyWeek });
      // One box per post of last week (the statuses' box stands apart, above the list).
      const lastWeekBoxes = copyWeek.getByRole('listitem').getByRole('checkbox');
      await expect(lastWeekBoxes).toHaveCount(8);
      for (const box of await lastWeekBoxes.all()) await expect(box).toBeChecked();
      for (const post of lastWeek)
        await expect(
          copyWeek.getByRole('checkbox', { name: new RegExp(escapeRegExp(post.caption.slice(0, 25))) }),
        ).toHaveCount(post === first || post === copy ? 2 : 1);
      await copyWeek.getByRole('button', { name: ui.copyPosts(8) }).click();
      await expect(copyWeek).toBeHidden();
      await expect(page.getByText(ui.draftsAdded(8), { exact: true })).toBeVisible();
      const thisWeek = lastWeek.map((p) => ({ ...p, date: addDays(p.date, 7), ready: false }));
      for (const post of thisWeek) await expect(plannedCard(page, ui, post, ui.draft)).toBeVisible();
      await expect(page.locator('[data-post-id]')).toHaveCount(8);

      // Both weeks as one .ics file: one event per post, at its UTC instant, titled network · words.
      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.exportItem }).click();
      const exporting = page.getByRole('dialog', { name: ui.exportTitle });
      await exporting.getByRole('radio', { name: ui.icsFormat }).check();
      await expect(exporting.getByLabel(ui.to, { exact: true })).toHaveValue('24/01/2027');
      await exporting.getByLabel(ui.from, { exact: true }).fill(WEEK.monday);
      const downloading = page.waitForEvent('download');
      await exporting.getByRole('button', { name: ui.exportSubmit, exact: true }).click();
      const download = await downloading;
      await expect(exporting).toBeHidden();
      expect(download.suggestedFilename()).toBe('calepin-studio-yoga-2027-01-11.ics');
      const { events } = readIcs(readFileSync(await download.path(), 'utf8'));
      const seen = events.map((e) => [
        e.get('DTSTART'),
        unescapeIcsText(e.get('SUMMARY') ?? ''),
        unescapeIcsText(e.get('DESCRIPTION') ?? ''),
      ]);
      const expected = [...lastWeek, ...thisWeek].map((p) => [
        icsStart(p.date, p.time),
        `${CHANNELS[p.channel].network} · ${p.title ?? p.caption}`,
        p.caption,
      ]);
      expect(seen.sort()).toEqual(expected.sort());

      const saved = await host.rpc('posts.list', {
        clientId: studio.clientId,
        from: WEEK.monday,
        to: addDays(WEEK.nextMonday, 7),
      });
      expect(saved.map((p) => p.status).sort()).toEqual([...Array(15).fill('draft'), 'ready']);
    });
  });
}

/** A file the test writes where Playwright keeps this test's output, as a user's file on disk. */
function writeTestFile(name: string, bytes: Buffer | string): string {
  const path = test.info().outputPath(name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  return path;
}

/** Waits until an image has really been drawn: served and decoded (a broken one is complete with no width). */
async function expectDrawn(image: Locator) {
  await expect(image).toBeVisible();
  await expect(image).toHaveJSProperty('complete', true);
  await expect(image).not.toHaveJSProperty('naturalWidth', 0);
}

/** The background colours of a card's decorations (network mark, pillar bar), as drawn. */
const cardColours = (post: Locator): Promise<string[]> =>
  post.evaluate((node) =>
    [...node.querySelectorAll('[aria-hidden="true"]')].map(
      (span) => node.ownerDocument.defaultView?.getComputedStyle(span).backgroundColor ?? '',
    ),
  );

/** `#29A36A` → `rgb(41, 163, 106)`, the way computed styles read. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

async function openMore(page: Page, item: string) {
  await page.getByRole('button', { name: 'More', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** A planner's CSV, semicolons as French spreadsheets write them: one good row, one on a channel the client lacks. */
const PLANNED_CSV = [
  'date;time;channel;status;format;caption',
  '2027-01-13;10:00;instagram:@studio.yoga;ready;image;Sunset class on the terrace',
  '2027-01-14;11:00;tiktok:@studio.yoga;draft;video;Dance warm-up in the park',
  '',
].join('\r\n');

test.describe('with a client and its three channels', () => {
  let studio: SeededStudio;
  test.beforeEach(async ({ app: page, host }) => {
    studio = await seedStudio(host);
    await page.reload();
  });

  test('imports a CSV with a bad row skipped, and refuses a Windows-1252 file without importing anything', async ({
    app: page,
    host,
  }) => {
    await openCalendarFromSidebar(page);
    await openMore(page, 'Import a CSV file…');
    const dialog = page.getByRole('dialog', { name: 'Import a planned calendar' });
    const picker = dialog.getByLabel('CSV file', { exact: true });

    // Saved by an older Excel: “Café” in Windows-1252 is not UTF-8.
    const legacy = 'date;time;channel;caption\r\n2027-01-15;09:00;instagram:@studio.yoga;Café et yoga\r\n';
    await picker.setInputFiles(writeTestFile('legacy.csv', Buffer.from(legacy, 'latin1')));
    await expect(dialog.getByRole('alert')).toHaveText(
      'This file is not in UTF-8. In your spreadsheet, save it as “CSV UTF-8”, then import it again.',
    );
    await expect(dialog.getByRole('table')).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: /^Import \d+ posts?$/ })).toBeDisabled();
    expect(await host.rpc('posts.list', { clientId: studio.clientId })).toEqual([]);

    await picker.setInputFiles(writeTestFile('plan.csv', PLANNED_CSV));
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    const rows = dialog.getByRole('table').getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText('Sunset class on the terrace');
    await expect(rows.nth(0).getByRole('checkbox')).not.toBeChecked();
    await expect(rows.nth(1)).toContainText(
      'channel: This client has no channel “tiktok:@studio.yoga”. Write network:handle, one of:',
    );
    // The row with an error starts skipped: the rest can go in at once.
    await expect(rows.nth(1).getByRole('checkbox')).toBeChecked();
    await expect(dialog.getByRole('status')).toHaveText('1 post ready to import.');

    // Kept, it blocks everything: all or nothing.
    await rows.nth(1).getByRole('checkbox').uncheck();
    await expect(dialog.getByRole('status')).toHaveText('1 row has errors: fix the file or skip it.');
    await expect(dialog.getByRole('button', { name: 'Import 2 posts' })).toBeDisabled();
    await rows.nth(1).getByRole('checkbox').check();

    await dialog.getByRole('button', { name: 'Import 1 post', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('1 post imported.', { exact: true })).toBeVisible();
    await expect(
      cardNamed(
        cell(page, 'New post on Wednesday 13 January at 10:00'),
        { network: 'Instagram', time: '10:00', status: 'Ready', format: 'Image', handle: '@studio.yoga' },
        'Sunset class on the terrace',
      ),
    ).toBeVisible();
    await expect(page.locator('[data-post-id]')).toHaveCount(1);
    const saved = await host.rpc('posts.list', { clientId: studio.clientId });
    expect(saved.map((p) => [p.plannedAt, p.status, p.format, p.caption])).toEqual([
      ['2027-01-13T09:00:00.000Z', 'ready', 'image', 'Sunset class on the terrace'],
    ]);
  });

  test('reads the file again when it is picked again after being saved as CSV UTF-8, as the message says', async ({
    app: page,
    host,
  }) => {
    await openCalendarFromSidebar(page);
    await openMore(page, 'Import a CSV file…');
    const dialog = page.getByRole('dialog', { name: 'Import a planned calendar' });
    const picker = dialog.getByLabel('CSV file', { exact: true });
    const legacy = 'date;time;channel;caption\r\n2027-01-15;09:00;instagram:@studio.yoga;Café et yoga\r\n';
    const path = writeTestFile('week.csv', Buffer.from(legacy, 'latin1'));
    await picker.setInputFiles(path);
    await expect(dialog.getByRole('alert')).toContainText('“CSV UTF-8”');

    // The user saves the same file again, in UTF-8, and picks it again.
    writeFileSync(path, legacy);
    await picker.setInputFiles(path);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(dialog.getByRole('status')).toHaveText('1 post ready to import.');
    await dialog.getByRole('button', { name: 'Import 1 post', exact: true }).click();
    await expect(dialog).toBeHidden();
    const saved = await host.rpc('posts.list', { clientId: studio.clientId });
    expect(saved.map((p) => p.caption)).toEqual(['Café et yoga']);
  });

  test('attaches two images from the composer, shows them on the card, removes one and refuses a PDF', async ({
    app: page,
    host,
  }) => {
    const id = await seedPost(host, {
      clientId: studio.clientId,
      channelId: studio.channels.instagram,
      date: WEEK.tuesday,
      time: '08:30',
      format: 'carousel',
      caption: 'Morning flow on the new mats',
    });
    await openCalendarFromSidebar(page);
    const post = card(page, 'Morning flow');
    await expect(post.locator('img')).toHaveCount(0);
    await post.click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    const strip = dialog.getByRole('list', { name: 'Images and videos' });
    const preview = dialog.getByRole('figure', { name: 'Preview on Instagram' });

    await dialog.getByLabel('Add files…').setInputFiles([
      { name: 'mats.png', mimeType: 'image/png', buffer: pngFile(64, 48, 11) },
      { name: 'studio.png', mimeType: 'image/png', buffer: pngFile(48, 64, 12) },
    ]);
    await expectDrawn(strip.getByRole('img', { name: 'mats.png' }));
    await expectDrawn(strip.getByRole('img', { name: 'studio.png' }));
    await expect(strip.getByRole('listitem')).toHaveCount(2);
    // The preview leads with the first picture and says there are two.
    await expectDrawn(preview.getByRole('img', { name: 'mats.png' }));
    await expect(preview.getByText('1 / 2', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    await expectDrawn(post.locator('img'));
    expect((await host.rpc('posts.get', { id })).attachments.map((a) => a.name)).toEqual([
      'mats.png',
      'studio.png',
    ]);

    await post.click();
    await dialog.getByRole('button', { name: 'Remove mats.png' }).click();
    await expect(strip.getByRole('img', { name: 'mats.png' })).toHaveCount(0);
    await expect(strip.getByRole('listitem')).toHaveCount(1);
    await expectDrawn(preview.getByRole('img', { name: 'studio.png' }));
    await expect(preview.getByText('1 / 2', { exact: true })).toHaveCount(0);
    const left = await strip.getByRole('img').getAttribute('src');
    expect((await host.rpc('posts.get', { id })).attachments.map((a) => a.name)).toEqual(['studio.png']);

    // A PDF renamed .png is told apart by its bytes, and left out.
    await dialog.getByLabel('Add files…').setInputFiles({
      name: 'flyer.png',
      mimeType: 'image/png',
      buffer: pdfFile(),
    });
    await expect(strip.getByRole('alert')).toHaveText(
      'flyer.png was not added: Only images (JPEG, PNG, GIF, WebP, AVIF, HEIC) and videos (MP4, MOV, WebM) can be attached.',
    );
    await expect(strip.getByRole('img')).toHaveCount(1);
    expect((await host.rpc('posts.get', { id })).attachments.map((a) => a.name)).toEqual(['studio.png']);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
    // The card now shows the picture that is left.
    await expect(post.locator('img')).toHaveAttribute('src', left ?? '');
    await expectDrawn(post.locator('img'));
  });

  test('adds a content pillar, gives it to a post (its colour marks the card) and filters by it', async ({
    app: page,
    host,
  }) => {
    const common = { clientId: studio.clientId, time: '12:00' };
    await seedPost(host, {
      ...common,
      channelId: studio.channels.instagram,
      date: WEEK.tuesday,
      caption: 'Lemon tart after class',
    });
    await seedPost(host, {
      ...common,
      channelId: studio.channels.linkedin,
      date: WEEK.thursday,
      caption: 'Teacher training opens',
    });
    await openCalendarFromSidebar(page);
    const tart = card(page, 'Lemon tart');
    await expect(tart).toBeVisible();
    // No pillar yet: no pillar filter either.
    await expect(page.getByRole('button', { name: /^Pillar/ })).toHaveCount(0);

    await openMore(page, 'Content pillars…');
    const pillars = page.getByRole('dialog', { name: 'Content pillars' });
    await expect(pillars.getByText(/^No pillar yet/)).toBeVisible();
    await pillars.getByRole('textbox', { name: 'New pillar' }).fill('Recettes');
    await pillars.getByRole('textbox', { name: 'New pillar' }).press('Enter');
    await expect(pillars.getByRole('textbox', { name: 'Name' })).toHaveValue('Recettes');
    await expect(pillars.getByLabel('Colour of Recettes')).toBeVisible();
    await expect(pillars.getByRole('textbox', { name: 'New pillar' })).toHaveValue('');
    await pillars.getByRole('button', { name: 'Close' }).click();
    await expect(pillars).toBeHidden();
    const [recettes] = await host.rpc('pillars.list', { clientId: studio.clientId });
    if (!recettes) throw new Error('the pillar was not created');
    expect(recettes.name).toBe('Recettes');

    expect(await cardColours(tart)).not.toContain(rgb(recettes.color));
    await tart.click();
    const dialog = page.getByRole('dialog', { name: 'Edit post' });
    await dialog.getByLabel('Content pillar').selectOption({ label: 'Recettes' });
    await closeComposerWithEsc(page, dialog);
    await expect.poll(() => cardColours(tart)).toContain(rgb(recettes.color));
    expect(await cardColours(card(page, 'Teacher training'))).not.toContain(rgb(recettes.color));

    await page.getByRole('button', { name: 'Pillar', exact: true }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Recettes' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Pillar (1)' })).toBeVisible();
    await expect(page.locator('[data-post-id]')).toHaveCount(1);
    await expect(tart).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.locator('[data-post-id]')).toHaveCount(2);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no serious violation in the duplicate, copy-week, export, import and pillars dialogs', async ({
      app: page,
      host,
    }) => {
      test.slow();
      const studio = await seedStudio(host);
      await host.rpc('pillars.create', { clientId: studio.clientId, name: 'Recettes', color: '#29A36A' });
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.instagram,
        date: '2027-01-05',
        time: '08:30',
        status: 'ready',
        caption: 'Last week: morning flow',
      });
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.x,
        date: '2027-01-07',
        time: '18:00',
        status: 'cancelled',
        caption: 'Last week: class cancelled',
      });
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.linkedin,
        date: WEEK.tuesday,
        time: '12:00',
        caption: 'Teacher training opens',
      });
      await page.reload();
      await openCalendarFromSidebar(page);

      await card(page, 'Teacher training').focus();
      await page.keyboard.press('d');
      const duplicate = page.getByRole('dialog', { name: 'Duplicate post' });
      await duplicate.getByRole('checkbox', { name: CHANNELS.x.option }).check();
      await duplicate.getByRole('button', { name: 'Add date' }).click();
      await expect(duplicate.getByRole('list', { name: 'Chosen dates' })).toBeVisible();
      expect.soft(await seriousA11yViolations(page), 'duplicate').toEqual([]);
      await duplicate.getByRole('button', { name: 'Cancel' }).click();
      await expect(duplicate).toBeHidden();

      await page.getByRole('button', { name: 'Copy last week', exact: true }).click();
      const copyWeek = page.getByRole('dialog', { name: 'Copy last week' });
      await expect(copyWeek.getByRole('listitem').getByRole('checkbox')).toHaveCount(2);
      expect.soft(await seriousA11yViolations(page), 'copy last week').toEqual([]);
      await copyWeek.getByRole('button', { name: 'Cancel' }).click();
      await expect(copyWeek).toBeHidden();

      await openMore(page, 'Export (.ics, CSV)…');
      const exporting = page.getByRole('dialog', { name: 'Export the calendar' });
      await expect(
        exporting.getByRole('radio', { name: 'Calendar (.ics): one event per post' }),
      ).toBeChecked();
      expect.soft(await seriousA11yViolations(page), 'export').toEqual([]);
      await exporting.getByRole('button', { name: 'Cancel' }).click();
      await expect(exporting).toBeHidden();

      await openMore(page, 'Import a CSV file…');
      const importing = page.getByRole('dialog', { name: 'Import a planned calendar' });
      await importing.getByLabel('CSV file', { exact: true }).setInputFiles({
        name: 'plan.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(PLANNED_CSV),
      });
      await expect(importing.getByRole('status')).toHaveText('1 post ready to import.');
      expect.soft(await seriousA11yViolations(page), 'import preview').toEqual([]);
      await importing.getByRole('button', { name: 'Cancel' }).click();
      await expect(importing).toBeHidden();

      await openMore(page, 'Content pillars…');
      const pillars = page.getByRole('dialog', { name: 'Content pillars' });
      await expect(pillars.getByRole('textbox', { name: 'Name' })).toHaveValue('Recettes');
      expect.soft(await seriousA11yViolations(page), 'pillars').toEqual([]);
      await pillars.getByRole('button', { name: 'Close' }).click();
      await expect(pillars).toBeHidden();
    });
  });
}
