import { readFileSync } from 'node:fs';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { card, openCalendarIn } from './page-models/calendar.ts';
import { seedPost, seedStudio, WEEK } from './page-models/seed.ts';

/**
 * Files in and out, and dates typed in the app's language. Each language runs under the other's
 * browser locale: a native date field would follow the browser (12/05/2026 and "09:00 AM" inside
 * the French UI); Calepin's own fields follow the app.
 */
const EN = {
  language: 'en' as 'en' | 'fr',
  browserLocale: 'fr-FR',
  editPost: 'Edit post',
  date: 'Date',
  time: 'Time (Europe/Paris)',
  goTo: 'Go to',
  badDate: 'Type a date as dd/mm/yyyy, e.g. 12/05/2026.',
  badTime: 'Type a time as hh:mm on the 24-hour clock, e.g. 09:30 or 18:45.',
  saved: 'All changes saved',
  more: 'More',
  exportItem: 'Export (.ics, CSV)…',
  importItem: 'Import a CSV file…',
  exportTitle: 'Export the calendar',
  importTitle: 'Import a planned calendar',
  csvFormat: 'Spreadsheet (CSV): one row per post, every field',
  from: 'From',
  to: 'To (included)',
  exportSubmit: 'Export',
  csvFile: 'CSV file',
  channelsTitle: 'Channels in the file',
  suggested: 'Suggested: this client’s only channel on that network.',
  none: 'No channel of this client matches: choose one, or skip its rows.',
  skipOne: 'Skip its row',
  importTwo: 'Import 2 posts',
  importedTwo: '2 posts imported.',
  budget: 'Budget (EUR)',
  negative: 'Numbers cannot be negative.',
  tooPrecise: 'At most two decimals (cents).',
  welcome: 'Welcome to Calepin',
  welcomeWords: /audience notes, the numbers of each post and the KPIs/,
  soon: /soon/,
  trash: 'Trash',
  trashWords: /Everything you delete \(clients, channels, posts, pillars/,
  newSegment: 'New segment',
  ageBands: 'Age bands',
  shareRange: 'A share is between 0 and 100%.',
  deleteKey: 'Delete',
  englishKeys: ['Suppr', 'Entrée', 'Échap'],
  reel: 'Reel / Short',
};
type Ui = typeof EN;

const FR: Ui = {
  language: 'fr',
  browserLocale: 'en-US',
  editPost: 'Modifier la publication',
  date: 'Date',
  time: 'Heure (Europe/Paris)',
  goTo: 'Aller au',
  badDate: 'Saisissez une date au format jj/mm/aaaa, par exemple 12/05/2026.',
  badTime: 'Saisissez une heure au format hh:mm sur 24\u00a0heures, par exemple 09:30 ou 18:45.',
  saved: 'Modifications enregistrées',
  more: 'Plus',
  exportItem: 'Exporter (.ics, CSV)…',
  importItem: 'Importer un fichier CSV…',
  exportTitle: 'Exporter le calendrier',
  importTitle: 'Importer un calendrier planifié',
  csvFormat: 'Tableur (CSV) : une ligne par publication, tous les champs',
  from: 'Du',
  to: 'Au (inclus)',
  exportSubmit: 'Exporter',
  csvFile: 'Fichier CSV',
  channelsTitle: 'Canaux du fichier',
  suggested: 'Suggéré\u00a0: le seul canal de ce client sur ce réseau.',
  none: 'Aucun canal de ce client ne correspond\u00a0: choisissez-en un, ou ignorez ses lignes.',
  skipOne: 'Ignorer sa ligne',
  importTwo: 'Importer 2 publications',
  importedTwo: '2 publications importées.',
  budget: 'Budget (EUR)',
  negative: 'Les nombres ne peuvent pas être négatifs.',
  tooPrecise: 'Deux décimales au plus (centimes).',
  welcome: 'Bienvenue dans Calepin',
  welcomeWords: /notes d’audience, les chiffres de chaque publication, et les KPI/,
  soon: /bientôt/,
  trash: 'Corbeille',
  trashWords: /Tout ce que vous supprimez \(clients, canaux, publications, piliers/,
  newSegment: 'Nouveau segment',
  ageBands: 'Tranches d’âge',
  shareRange: 'Une part est comprise entre 0 et 100\u202f%.',
  deleteKey: 'Suppr',
  englishKeys: ['Delete', 'Enter', 'Esc'],
  reel: 'Reel / vidéo courte',
};

/** The studio with one Instagram post on Monday at 09:00. */
async function studioWithMondayPost(host: E2eHost, caption: string) {
  const studio = await seedStudio(host);
  const channelId = studio.channels.instagram;
  await seedPost(host, { clientId: studio.clientId, channelId, date: WEEK.monday, time: '09:00', caption });
  return studio;
}

const plannedAt = async (host: E2eHost, clientId: string) =>
  (await host.rpc('posts.list', { clientId })).map((p) => p.plannedAt);

for (const ui of [EN, FR]) {
  test.describe(`files and forms (${ui.language} UI, ${ui.browserLocale} browser)`, () => {
    test.use({ locale: ui.browserLocale });

    test('dates show and type as dd/mm/yyyy and times on 24 hours, whatever the browser’s locale', async ({
      app: page,
      host,
    }) => {
      const studio = await studioWithMondayPost(host, 'Cours du lundi matin');
      await openCalendarIn(page, host, ui.language);
      await expect(page.getByLabel(ui.goTo, { exact: true })).toHaveValue('13/01/2027');

      await card(page, 'Cours du lundi matin').click();
      const dialog = page.getByRole('dialog', { name: ui.editPost });
      const date = dialog.getByLabel(ui.date, { exact: true });
      const time = dialog.getByLabel(ui.time, { exact: true });
      await expect(date).toHaveValue('11/01/2027');
      await expect(time).toHaveValue('09:00');
      await expect(date).toHaveAttribute('placeholder', ui.language === 'fr' ? 'jj/mm/aaaa' : 'dd/mm/yyyy');

      // Typed day first and on the 24-hour clock: Wednesday 13 January at 18:30 in Paris.
      await date.fill('13/01/2027');
      await time.fill('18:30');
      await expect(dialog.getByRole('status')).toHaveText(ui.saved);
      await expect.poll(() => plannedAt(host, studio.clientId)).toEqual(['2027-01-13T17:30:00.000Z']);

      // ↑ is the next day, Page Down the month before; ↓ on the time a quarter of an hour earlier.
      await date.focus();
      await page.keyboard.press('ArrowUp');
      await expect(date).toHaveValue('14/01/2027');
      await page.keyboard.press('PageDown');
      await expect(date).toHaveValue('14/12/2026');
      await time.focus();
      await page.keyboard.press('ArrowDown');
      await expect(time).toHaveValue('18:15');
      await expect.poll(() => plannedAt(host, studio.clientId)).toEqual(['2026-12-14T17:15:00.000Z']);

      // Short forms are completed on leaving the field; what cannot be read is said, in words.
      await time.fill('7h');
      await date.fill('2/3/27');
      await expect(time).toHaveValue('07:00');
      await time.focus();
      await expect(date).toHaveValue('02/03/2027');
      await date.fill('31/02/2027');
      await time.fill('25:00');
      await date.focus();
      await expect(time).toHaveAttribute('aria-invalid', 'true');
      await expect(time).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.badTime)));
      await time.focus();
      await expect(date).toHaveAccessibleDescription(new RegExp(escapeRegExp(ui.badDate)));
      await expect(dialog.getByText(ui.badDate, { exact: true })).toBeVisible();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/forms/composer-dates-${ui.language}.png` });
    });

    test('a month’s export starts on its first day; the CSV neutralises formulas and names segments', async ({
      app: page,
      host,
    }) => {
      const studio = await seedStudio(host);
      const segment = await host.rpc('segments.create', {
        clientId: studio.clientId,
        name: 'Télétravailleurs',
      });
      const caption = '=HYPERLINK("http://evil.example","Réservez")';
      await seedPost(host, {
        clientId: studio.clientId,
        channelId: studio.channels.instagram,
        date: WEEK.friday,
        time: '12:00',
        caption,
        segmentIds: [segment.id],
      });
      await openCalendarIn(page, host, ui.language);
      await page.keyboard.press('m');
      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.exportItem }).click();
      const exporting = page.getByRole('dialog', { name: ui.exportTitle });
      // January 2027, not the grid's 28 December – 7 February.
      await expect(exporting.getByLabel(ui.from, { exact: true })).toHaveValue('01/01/2027');
      await expect(exporting.getByLabel(ui.to, { exact: true })).toHaveValue('31/01/2027');
      await exporting.getByRole('radio', { name: ui.csvFormat }).check();
      const downloading = page.waitForEvent('download');
      await exporting.getByRole('button', { name: ui.exportSubmit, exact: true }).click();
      const text = readFileSync(await (await downloading).path(), 'utf8');
      expect(text).toContain(`'=HYPERLINK(""http://evil.example"",""Réservez"")`);
      expect(text).toContain('Télétravailleurs');
      expect(text.split('\r\n')[0]).toContain('segments');
    });

    test('number fields say what is wrong in the grid’s words, and the words describe what exists', async ({
      app: page,
      host,
    }) => {
      // A new user's first screen says what Calepin does today, not what is coming "soon".
      await host.rpc('prefs.set', { language: ui.language });
      await page.reload();
      await expect(page.getByRole('heading', { name: ui.welcome })).toBeVisible();
      await expect(page.getByText(ui.welcomeWords)).toBeVisible();
      await expect(page.getByText(ui.soon)).toHaveCount(0);

      await studioWithMondayPost(host, 'Atelier respiration');
      await openCalendarIn(page, host, ui.language);
      await card(page, 'Atelier respiration').click();
      const dialog = page.getByRole('dialog', { name: ui.editPost });
      const budget = dialog.getByLabel(ui.budget, { exact: true });
      await budget.fill('-20');
      await expect(budget).toHaveAccessibleDescription(ui.negative);
      // Three decimals, with this language's decimal mark (12,505 is twelve thousand in English).
      await budget.fill(ui.language === 'fr' ? '12,505' : '12.505');
      await expect(budget).toHaveAccessibleDescription(ui.tooPrecise);
      await expect(dialog.getByRole('option', { name: ui.reel })).toHaveCount(1);
      await budget.fill('');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // The cheat-sheet names keys as the keyboard in this language prints them.
      await page.keyboard.press('?');
      const sheet = page.getByRole('dialog').filter({ has: page.locator('kbd') });
      await expect(sheet.locator('kbd', { hasText: new RegExp(`^${ui.deleteKey}$`) }).first()).toBeVisible();
      for (const other of ui.englishKeys)
        await expect(sheet.locator('kbd', { hasText: new RegExp(`^${other}$`) })).toHaveCount(0);
      await page.keyboard.press('Escape');

      await page.getByRole('navigation').getByRole('link', { name: ui.trash, exact: true }).click();
      await expect(page.getByText(ui.trashWords)).toBeVisible();

      // A share is checked as it is typed, before any save.
      await page.getByRole('navigation').getByRole('link', { name: 'Audience', exact: true }).click();
      await page.getByRole('button', { name: ui.newSegment }).first().click();
      const ages = page.getByRole('dialog').getByRole('group', { name: ui.ageBands });
      await ages.getByLabel('25–34').fill('150');
      await expect(ages.getByLabel('25–34')).toHaveAttribute('aria-invalid', 'true');
      await expect(ages.getByText(new RegExp(escapeRegExp(ui.shareRange)))).toBeVisible();
      await ages.getByLabel('25–34').fill('15');
      await expect(ages.getByLabel('25–34')).not.toHaveAttribute('aria-invalid', 'true');
    });

    test('a CSV from another client imports after mapping its channels, captions byte for byte', async ({
      app: page,
      host,
    }) => {
      const studio = await seedStudio(host);
      const csv = [
        'date,time,channel,caption',
        `2027-01-12,08:00,instagram:@fromagerie.dupont,"'=1+1, c'est l'heure du comté"`,
        '2027-01-13,08:00,facebook:Fromagerie Dupont,Plateau du dimanche',
        '2027-01-14,08:00,x:@dupont,Ouvert jeudi',
      ].join('\r\n');
      await openCalendarIn(page, host, ui.language);
      await page.getByRole('button', { name: ui.more }).click();
      await page.getByRole('menuitem', { name: ui.importItem }).click();
      const dialog = page.getByRole('dialog', { name: ui.importTitle });
      await dialog
        .getByLabel(ui.csvFile)
        .setInputFiles({ name: 'dupont.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });

      const mapping = dialog.getByRole('region', { name: ui.channelsTitle });
      const instagram = mapping.getByRole('combobox', { name: 'instagram:@fromagerie.dupont' });
      const facebook = mapping.getByRole('combobox', { name: 'facebook:Fromagerie Dupont' });
      const x = mapping.getByRole('combobox', { name: 'x:@dupont' });
      await expect(instagram).toHaveAccessibleDescription(ui.suggested);
      await expect(facebook).toHaveAccessibleDescription(ui.none);
      // The studio has no Facebook page: its row is left out; X goes to the studio's own account.
      await facebook.selectOption({ label: ui.skipOne });
      await expect(x).toHaveAccessibleDescription(ui.suggested);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/shots/forms/import-mapping-${ui.language}.png` });
      await dialog.getByRole('button', { name: ui.importTwo }).click();
      await expect(page.getByText(ui.importedTwo, { exact: true })).toBeVisible();

      const posts = await host.rpc('posts.list', { clientId: studio.clientId });
      expect(posts.map((p) => [p.channelId, p.caption])).toEqual([
        [studio.channels.instagram, "=1+1, c'est l'heure du comté"],
        [studio.channels.x, 'Ouvert jeudi'],
      ]);
    });
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
