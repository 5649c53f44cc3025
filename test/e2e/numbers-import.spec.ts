// Numbers in by file (issue 14): a network's analytics export imported through the Numbers screen,
// as a community manager does it at the end of a month, in English and in French.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { format } from 'date-fns';
import { enGB, fr } from 'date-fns/locale';
import { addDays, dateToUtcMs, type IsoDate } from '../../shared/calendar/dates.ts';
import { utcToZoned } from '../../shared/calendar/zoned.ts';
import { METRICS, type Metric } from '../../shared/domain/metrics.ts';
import type { PostFormat } from '../../shared/domain/post.ts';
import type { FormatId } from '../../shared/imports/catalogue.ts';
import type { ImportRow, ReadExport } from '../../shared/imports/result.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { fixtureText, mustRead, readFixture, total } from '../support/files/export-fixtures.ts';
import { makeTempDir, removeDir } from '../support/files/temp-dir.ts';
import { writeWorkbook } from '../support/files/workbook-writer.ts';
import { writeZip } from '../support/files/zip-writer.ts';
import { expect, seriousA11yViolations, test } from './fixtures.ts';
import type { E2eHost } from './host.ts';
import { kpiCard } from './page-models/dashboard.ts';
import { longDay, shortDay } from './page-models/dates.ts';
import { gridCells, gridRow, numbersGrid } from './page-models/numbers.ts';
import {
  chooseFile,
  dropFile,
  formatLine,
  importButton,
  importCounts,
  importDialog,
  importedToast,
  importRows,
  openImport,
  toast,
  undoImport,
} from './page-models/numbers-import.ts';
import { days, ZONE } from './page-models/seed.ts';
import { sidebar } from './page-models/sidebar.ts';

type Language = 'en' | 'fr';

/** French typography: a narrow no-break space before % and between thousands. */
const NNBSP = '\u202f';

/** What each language calls things on the screens these tests go through. */
const WORDS = {
  en: {
    numbers: 'Numbers',
    kpis: 'KPIs',
    objectives: 'Objectives',
    followers: 'Followers',
    formats: {
      metaFacebookPosts: 'Meta Business Suite · Facebook posts',
      metaInstagramPosts: 'Meta Business Suite · Instagram posts',
      metaDailySeries: 'Meta Business Suite · daily series',
      xTweetActivity: 'X · tweet activity',
      xContent: 'X · account analytics, content',
      youtubeTableData: 'YouTube Studio · table data',
      tiktokContent: 'TikTok Studio · content',
      linkedinAllPosts: 'LinkedIn · page analytics, all posts',
      mapped: 'Read with your column choices',
    } satisfies Record<FormatId | 'mapped', string>,
    rows: (n: number) => `${n} row${n === 1 ? '' : 's'}`,
    part: (part: string) => `Read from “${part}” inside the file.`,
    mappingSaved: 'Read with the columns you chose for a file like this one.',
    channel: 'Channel',
    matched: (n: number) => `${n} post${n === 1 ? '' : 's'} of the calendar found`,
    created: (n: number) =>
      n === 1
        ? '1 published post not in the calendar: it will be added'
        : `${n} published posts not in the calendar: they will be added`,
    unchanged: (n: number) => `${n} row${n === 1 ? '' : 's'} already logged with these numbers`,
    importRows: (n: number) => `Import ${n} row${n === 1 ? '' : 's'}`,
    nothing: 'Nothing to import: every row is left out or already logged.',
    undone: 'Import undone: the numbers and posts are as they were.',
    emptyGrid: 'No published post in this period',
    notApplicable: 'Does not apply to this post',
    reach: 'Reach',
    impressions: 'Impressions',
    progress: (percent: string) => `${percent} of the way`,
    mapping: 'Which column holds what?',
    meanings: {
      permalink: 'Post link',
      published: 'Publish time',
      impressions: 'Impressions / views',
      reactions: 'Reactions',
    },
    dates: 'Dates are written',
    monthFirstTime: 'MM/DD/YYYY HH:MM',
    network: 'Network',
    instagram: 'Instagram',
    readMapped: 'Read the file with these columns',
    followsTitle: 'New follows per day',
    followsUnknown: (day: string) =>
      `These are new follows per day, not totals: Calepin turns them into follower counts from a known count. Type the followers on ${day}, the day before the series starts.`,
    followsOn: (day: string) => `Followers on ${day}`,
    channelDay: 'Followers of the channel that day',
    skipLine: (line: number) => `Skip line ${line}`,
    followersOf: 'Followers of @boulangerie.martin',
    previousCount: (count: string, day: string) => `Previous: ${count} followers on ${day}`,
    cancel: 'Cancel',
    zipTooManyEntries: 'This zip holds more than 100 files: it is not a network’s export.',
    importEncoding:
      'This file is not text Calepin can read (UTF-8 or UTF-16). Download the export again from the network, without opening it in a spreadsheet first.',
  },
  fr: {
    numbers: 'Chiffres',
    kpis: 'Indicateurs',
    objectives: 'Objectifs',
    followers: 'Abonnés',
    formats: {
      metaFacebookPosts: 'Meta Business Suite · publications Facebook',
      metaInstagramPosts: 'Meta Business Suite · publications Instagram',
      metaDailySeries: 'Meta Business Suite · série quotidienne',
      xTweetActivity: 'X · activité des tweets',
      xContent: 'X · statistiques du compte, contenu',
      youtubeTableData: 'YouTube Studio · données du tableau',
      tiktokContent: 'TikTok Studio · contenu',
      linkedinAllPosts: 'LinkedIn · statistiques de la page, toutes les publications',
      mapped: 'Lu avec vos choix de colonnes',
    } satisfies Record<FormatId | 'mapped', string>,
    rows: (n: number) => `${n} ligne${n < 2 ? '' : 's'}`,
    part: (part: string) => `Lu depuis « ${part} » dans le fichier.`,
    mappingSaved: 'Lu avec les colonnes choisies pour un fichier semblable.',
    channel: 'Canal',
    matched: (n: number) =>
      n < 2 ? `${n} publication du calendrier retrouvée` : `${n} publications du calendrier retrouvées`,
    created: (n: number) =>
      n < 2
        ? `${n} publication parue absente du calendrier : elle y sera ajoutée`
        : `${n} publications parues absentes du calendrier : elles y seront ajoutées`,
    unchanged: (n: number) =>
      n < 2 ? `${n} ligne déjà saisie avec ces chiffres` : `${n} lignes déjà saisies avec ces chiffres`,
    importRows: (n: number) => `Importer ${n} ligne${n < 2 ? '' : 's'}`,
    nothing: 'Rien à importer : chaque ligne est laissée de côté ou déjà saisie.',
    undone: 'Import annulé : les chiffres et les publications sont comme avant.',
    emptyGrid: 'Aucune publication publiée sur cette période',
    notApplicable: 'Ne s’applique pas à cette publication',
    reach: 'Portée',
    impressions: 'Impressions',
    progress: (percent: string) => `${percent} du chemin`,
    mapping: 'Quelle colonne contient quoi ?',
    meanings: {
      permalink: 'Lien de la publication',
      published: 'Heure de publication',
      impressions: 'Impressions / vues',
      reactions: 'Réactions',
    },
    dates: 'Les dates sont écrites',
    monthFirstTime: 'MM/JJ/AAAA HH:MM',
    network: 'Réseau',
    instagram: 'Instagram',
    readMapped: 'Lire le fichier avec ces colonnes',
    followsTitle: 'Nouveaux abonnés par jour',
    followsUnknown: (day: string) =>
      `Ce sont de nouveaux abonnés par jour, pas des totaux : Calepin en fait des nombres d’abonnés à partir d’un nombre connu. Indiquez les abonnés au ${day}, la veille du début de la série.`,
    followsOn: (day: string) => `Abonnés au ${day}`,
    channelDay: 'Abonnés du canal ce jour-là',
    skipLine: (line: number) => `Ignorer la ligne ${line}`,
    followersOf: 'Abonnés de @boulangerie.martin',
    previousCount: (count: string, day: string) => `Précédent : ${count} abonnés le ${day}`,
    cancel: 'Annuler',
    zipTooManyEntries: 'Ce zip contient plus de 100 fichiers : ce n’est pas un export de réseau.',
    importEncoding:
      'Ce fichier n’est pas un texte que Calepin sait lire (UTF-8 ou UTF-16). Téléchargez l’export à nouveau depuis le réseau, sans l’ouvrir d’abord dans un tableur.',
  },
} as const;

const LOCALES = { en: enGB, fr } as const;
const noon = (day: IsoDate) => new Date(dateToUtcMs(day) + 12 * 3_600_000);
/** "October 2026" / "octobre 2026": a month as the grid and the dashboard title it. */
const monthTitle = (day: IsoDate, language: Language) =>
  format(noon(day), 'LLLL yyyy', { locale: LOCALES[language] });
/** A count as the app writes it: "33,593", "33 593". */
const count = (n: number, language: Language) => new Intl.NumberFormat(language).format(n);
const percent = (n: number, language: Language) => (language === 'fr' ? `${n}${NNBSP}%` : `${n}%`);

const OCTOBER = { from: '2026-10-01', to: '2026-11-01' } as const;
const NETWORKS = ['facebook', 'instagram', 'x', 'youtube', 'tiktok', 'linkedin'] as const;

// Files made for a test (a workbook, a zip, a mapped CSV) are written here, as a user's downloads.
const downloads = makeTempDir();
test.afterAll(() => removeDir(downloads));

const fixturePath = (name: string) => join(import.meta.dirname, '../fixtures/imports', name);

function writeDownload(name: string, bytes: Uint8Array | string): string {
  const folder = join(downloads, test.info().testId);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

/** One network's export of the bakery's month, as the user downloads it. */
interface ExportFile {
  /** The fixture the expected values come from. */
  fixture: string;
  network: NetworkId;
  /** What the user planned the posts as. */
  postFormat: PostFormat;
  /** The file on disk, as the network names it. */
  path: () => string;
  /** The sheet read inside the file, when it holds several. */
  part?: string;
}

const asIs = (fixture: string, network: NetworkId, postFormat: PostFormat): ExportFile => ({
  fixture,
  network,
  postFormat,
  path: () => fixturePath(fixture),
});

/** LinkedIn hands its numbers over as a workbook: the fixture's rows written as an .xlsx. */
const LINKEDIN: ExportFile = {
  fixture: 'linkedin-all-posts.rows.json',
  network: 'linkedin',
  postFormat: 'image',
  path: () =>
    writeDownload(
      'Boulangerie Martin_content_1759276800000.xlsx',
      writeWorkbook(JSON.parse(fixtureText('linkedin-all-posts.rows.json')) as string[][]),
    ),
  part: 'All posts',
};

const INSTAGRAM = asIs('meta-instagram-posts.csv', 'instagram', 'image');

/** Every network's export, one after another, the French user's Facebook and TikTok in their words. */
const MONTH_OF_EXPORTS: Record<Language, readonly ExportFile[]> = {
  en: [
    asIs('meta-facebook-posts-en.csv', 'facebook', 'image'),
    INSTAGRAM,
    asIs('x-tweet-activity.csv', 'x', 'text'),
    asIs('x-content.csv', 'x', 'text'),
    asIs('youtube-table-data.csv', 'youtube', 'video'),
    asIs('tiktok-content-en.csv', 'tiktok', 'video'),
    LINKEDIN,
  ],
  fr: [
    asIs('meta-facebook-posts-fr.csv', 'facebook', 'image'),
    INSTAGRAM,
    asIs('x-tweet-activity.csv', 'x', 'text'),
    asIs('x-content.csv', 'x', 'text'),
    asIs('youtube-table-data.csv', 'youtube', 'video'),
    asIs('tiktok-content-es.csv', 'tiktok', 'video'),
    LINKEDIN,
  ],
};

/** The day and time the file says the post went out, on the client's clock; null time: only the day. */
function wentOut(row: ImportRow): { date: IsoDate; time: string | null } {
  const published = row.published;
  if (!published) throw new Error(`line ${row.line} has no publication`);
  if (published.kind === 'instant') return utcToZoned(published.at, ZONE);
  return { date: published.date, time: published.time };
}

/** The hours a CM planned day-only posts at (as in the integration test): past midnight, evening. */
const ANY_HOUR = ['00:15', '18:30'] as const;

/** The two rows of each file the CM had planned: the first, and one in the middle. */
const plannedRows = (file: ReadExport): ImportRow[] =>
  [file.rows[0], file.rows[Math.floor(file.rows.length / 2)]].filter((r): r is ImportRow => r !== undefined);

/** Where a planned row sits in the calendar: the file's time, or any hour of its day. */
const plannedAt = (row: ImportRow, i: number) => {
  const when = wentOut(row);
  return { date: when.date, time: when.time ?? ANY_HOUR[i] ?? '12:00' };
};

interface Bakery {
  clientId: string;
  channels: Partial<Record<NetworkId, string>>;
}

/** A Paris bakery with a channel on each network given, selected in the sidebar. */
async function seedBakery(
  host: E2eHost,
  language: Language,
  networks: readonly NetworkId[] = NETWORKS,
  theme: 'light' | 'dark' = 'light',
): Promise<Bakery> {
  const client = await host.rpc('clients.create', {
    name: 'Boulangerie Martin',
    color: '#C2410C',
    timeZone: ZONE,
  });
  const channels: Bakery['channels'] = {};
  for (const network of networks)
    channels[network] = (
      await host.rpc('channels.create', { clientId: client.id, network, handle: '@boulangerie.martin' })
    ).id;
  await host.rpc('prefs.set', { lastClientId: client.id, language, theme });
  return { clientId: client.id, channels };
}

/**
 * The two posts of the file the CM had planned, still "ready" in the calendar: at the time the file
 * gives, or at any hour of its day; the second one's caption says more than the network's.
 */
async function planPosts(host: E2eHost, bakery: Bakery, file: ExportFile, read: ReadExport) {
  const channelId = bakery.channels[file.network];
  if (!channelId) throw new Error(`no ${file.network} channel`);
  const planned: { row: ImportRow; postId: string }[] = [];
  for (const [i, row] of plannedRows(read).entries()) {
    const post = await host.rpc('posts.create', {
      clientId: bakery.clientId,
      channelId,
      ...plannedAt(row, i),
      status: 'ready',
      format: file.postFormat,
      caption: i === 1 ? `${row.caption ?? ''}\n\n#boulangerie #artisan` : (row.caption ?? ''),
    });
    planned.push({ row, postId: post.id });
  }
  return planned;
}

/** The Numbers screen, opened from the sidebar once the test seeded the data. */
async function openNumbers(page: Page, language: Language) {
  await page.reload();
  await sidebar(page, WORDS[language].numbers).click();
  await expect(page.getByRole('button', { name: WORDS[language].followers, exact: true })).toBeVisible();
}

/** What the dialog says of a file of which two posts were planned, all others new. */
async function expectPreview(dialog: Locator, language: Language, file: ExportFile, read: ReadExport) {
  const w = WORDS[language];
  const name = w.formats[read.format ?? 'mapped'];
  const n = read.rows.length;
  await expect(formatLine(dialog, name)).toHaveText(
    [name, w.rows(n), ...(file.part ? [w.part(file.part)] : [])].join(' · '),
  );
  await expect(importCounts(dialog)).toHaveText([w.matched(2), w.created(n - 2)]);
  await expect(importButton(dialog, language)).toHaveText(w.importRows(n));
}

/** Opens the dialog, chooses the file, checks what it says and imports: the three actions of a file. */
async function importFile(page: Page, language: Language, file: ExportFile, read: ReadExport) {
  const dialog = await openImport(page, language);
  const path = file.path();
  await chooseFile(dialog, language, path);
  await expectPreview(dialog, language, file, read);
  await importRows(dialog, language);
  await expect(importedToast(page, language, path.split('/').at(-1) ?? '')).toBeVisible();
}

/** A post's row of the grid, by its day and time ("Thu 1 Oct, 08:39"). */
const postRow = (grid: Locator, day: IsoDate, time: string, language: Language) =>
  gridRow(grid, `${shortDay(day, language)}, ${time}`);

/**
 * Waits for a row of a post that is neither a story nor paid to show these numbers, in the grid's
 * columns (blank where the file had none), the four that do not apply, then its engagement rate (a
 * percentage, or "—" and why when its basis is not logged).
 */
async function expectNumbers(row: Locator, metrics: Partial<Record<Metric, number>>, language: Language) {
  const na = WORDS[language].notApplicable;
  const logged = METRICS.slice(0, 9).map((m) => {
    const value = metrics[m];
    return value === undefined ? '' : count(value, language);
  });
  await expect(gridCells(row)).toHaveText([...logged, na, na, na, na, /%$|^—/]);
}

/** Rows of these files published in October, Paris time. */
const inOctober = (reads: readonly ReadExport[]) =>
  reads
    .flatMap((r) => r.rows)
    .filter((row) => wentOut(row).date < OCTOBER.to && wentOut(row).date >= OCTOBER.from);

for (const language of ['en', 'fr'] as const) {
  const w = WORDS[language];

  test.describe(`numbers in by file, ${language}`, () => {
    test('a month of every network’s exports: each file imported in three actions (one dropped), and the numbers reach the grid, the dashboard and an objective', async ({
      app: page,
      host,
    }) => {
      test.slow();
      const files = MONTH_OF_EXPORTS[language];
      const bakery = await seedBakery(host, language);
      const reads = files.map((f) => mustRead(readFixture(f.fixture)));
      const planned = [];
      for (const [i, file] of files.entries()) {
        const read = reads[i];
        if (read) planned.push(await planPosts(host, bakery, file, read));
      }
      const october = inOctober(reads);
      const reachSum = total(october, 'reach');
      const impressionsSum = total(october, 'impressions');
      const objective = 'Double the reach of October';
      await host.rpc('objectives.create', {
        clientId: bakery.clientId,
        title: objective,
        kpi: 'reach',
        baseline: 0,
        target: reachSum * 2,
        goal: 'awareness',
        why: '',
        startOn: OCTOBER.from,
        deadline: addDays(days().today, 60),
      });
      await openNumbers(page, language);

      for (const [i, file] of files.entries()) {
        const read = reads[i];
        if (!read) continue;
        const path = file.path();
        const name = path.split('/').at(-1) ?? '';
        let dialog: Locator;
        if (file === INSTAGRAM) {
          // Dragged from the desktop onto the grid: the dialog opens with the file read.
          await dropFile(numbersGrid(page), path);
          dialog = importDialog(page, language);
        } else {
          dialog = await openImport(page, language);
          await chooseFile(dialog, language, path);
        }
        await expectPreview(dialog, language, file, read);
        await expect(dialog.getByRole('combobox', { name: w.channel })).toHaveValue(
          bakery.channels[file.network] ?? '',
        );
        await importRows(dialog, language);
        await expect(importedToast(page, language, name)).toBeVisible();
      }
      // The planned posts went out, under the network's own id.
      for (const { row, postId } of planned.flat()) {
        const post = await host.rpc('posts.get', { id: postId });
        expect([post.status, post.networkPostId], `line ${row.line}`).toEqual(['published', row.externalId]);
      }

      // The grid moved to the month the last file covers, and a planned post shows the file's numbers.
      const grid = numbersGrid(page);
      await expect(grid).toHaveAccessibleName(new RegExp(`${monthTitle(OCTOBER.from, language)}$`));
      const instagramPost = planned[1]?.[0];
      if (!instagramPost) throw new Error('no planned Instagram post');
      const at = plannedAt(instagramPost.row, 0);
      await expectNumbers(postRow(grid, at.date, at.time, language), instagramPost.row.metrics, language);

      // The dashboard, on October, sums the files' numbers.
      await sidebar(page, w.kpis).click();
      await expect(
        page.getByRole('heading', { level: 2, name: monthTitle(OCTOBER.from, language), exact: true }),
      ).toBeVisible();
      await expect(
        kpiCard(page, w.reach).getByText(count(reachSum, language), { exact: true }),
      ).toBeVisible();
      await expect(
        kpiCard(page, w.impressions).getByText(count(impressionsSum, language), { exact: true }),
      ).toBeVisible();

      // The objective set before, on the reach since October, is half way there.
      await sidebar(page, w.objectives).click();
      const card = page.getByRole('listitem', { name: objective });
      await expect(card.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '50');
      await expect(card.getByText(w.progress(percent(50, language)), { exact: true })).toBeVisible();
      await expect(card.getByText(count(reachSum, language), { exact: true })).toBeVisible();
    });

    test('re-importing changes nothing: every row is already logged and there is nothing to import', async ({
      app: page,
      host,
    }) => {
      const bakery = await seedBakery(host, language, ['instagram']);
      const read = mustRead(readFixture(INSTAGRAM.fixture));
      const [first] = await planPosts(host, bakery, INSTAGRAM, read);
      if (!first) throw new Error('no planned post');
      await openNumbers(page, language);
      await importFile(page, language, INSTAGRAM, read);
      const grid = numbersGrid(page);
      const at = plannedAt(first.row, 0);
      await expectNumbers(postRow(grid, at.date, at.time, language), first.row.metrics, language);
      const shown = await grid.getByRole('row').allTextContents();
      const history = await host.rpc('metrics.history', { postId: first.postId });

      const dialog = await openImport(page, language);
      await chooseFile(dialog, language, INSTAGRAM.path());
      const n = read.rows.length;
      await expect(formatLine(dialog, w.formats.metaInstagramPosts)).toHaveText(
        `${w.formats.metaInstagramPosts} · ${w.rows(n)}`,
      );
      await expect(importCounts(dialog)).toHaveText([w.matched(n), w.unchanged(n)]);
      await expect(dialog.getByRole('status').filter({ hasText: w.nothing })).toHaveText(w.nothing);
      await expect(importButton(dialog, language)).toHaveText(w.importRows(0));
      await expect(importButton(dialog, language)).toBeDisabled();
      await dialog.getByRole('button', { name: w.cancel, exact: true }).click();
      await expect(dialog).toBeHidden();

      await expect(grid.getByRole('row')).toHaveText(shown);
      expect(await host.rpc('metrics.history', { postId: first.postId })).toEqual(history);
    });

    test('Undo from the toast puts everything back: the period is empty again and the planned posts are not published', async ({
      app: page,
      host,
    }) => {
      const bakery = await seedBakery(host, language, ['instagram']);
      const read = mustRead(readFixture(INSTAGRAM.fixture));
      const planned = await planPosts(host, bakery, INSTAGRAM, read);
      const before = await Promise.all(planned.map((p) => host.rpc('posts.get', { id: p.postId })));
      await openNumbers(page, language);
      await importFile(page, language, INSTAGRAM, read);
      const grid = numbersGrid(page);
      await expect(grid).toHaveAccessibleName(new RegExp(`${monthTitle(OCTOBER.from, language)}$`));
      await expect(grid.getByRole('rowheader').first()).toBeVisible();
      expect((await host.rpc('posts.get', { id: planned[0]?.postId ?? '' })).status).toBe('published');

      await undoImport(page, language, 'meta-instagram-posts.csv');
      await expect(toast(page, w.undone)).toBeVisible();
      // October as it was before: no published post in it.
      await expect(
        page.getByRole('heading', { level: 2, name: monthTitle(OCTOBER.from, language), exact: true }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: w.emptyGrid })).toBeVisible();
      await expect(grid).toHaveCount(0);
      const after = await Promise.all(planned.map((p) => host.rpc('posts.get', { id: p.postId })));
      expect(after.map((p) => [p.status, p.networkPostId, p.permalink, p.publishedAt])).toEqual(
        before.map((p) => [p.status, p.networkPostId, p.permalink, p.publishedAt]),
      );
      expect(after.map((p) => p.status)).toEqual(['ready', 'ready']);
      expect(await host.rpc('posts.list', { clientId: bakery.clientId, ...OCTOBER })).toHaveLength(2);
    });

    test('an unknown file goes through the column mapping, which is remembered for the next file like it', async ({
      app: page,
      host,
    }) => {
      await seedBakery(host, language, ['instagram']);
      await openNumbers(page, language);
      // A listening tool's weekly export: a link, a time, views and likes, separated by semicolons.
      const weeks = [
        [
          {
            link: 'https://www.instagram.com/p/CAL0001/',
            date: '2026-10-05',
            time: '09:30',
            views: 1200,
            likes: 85,
          },
          {
            link: 'https://www.instagram.com/p/CAL0002/',
            date: '2026-10-07',
            time: '18:00',
            views: 980,
            likes: 40,
          },
        ],
        [
          {
            link: 'https://www.instagram.com/p/CAL0003/',
            date: '2026-10-12',
            time: '10:00',
            views: 2300,
            likes: 151,
          },
          {
            link: 'https://www.instagram.com/p/CAL0004/',
            date: '2026-10-14',
            time: '12:15',
            views: 640,
            likes: 12,
          },
        ],
      ];
      const csv = (rows: (typeof weeks)[number]) =>
        [
          'Lien;Quand;Vues;J’aime',
          ...rows.map((r) => {
            const [y, m, d] = r.date.split('-');
            return `${r.link};${m}/${d}/${y} ${r.time};${r.views};${r.likes}`;
          }),
        ].join('\r\n');
      const [week41, week42] = weeks;
      if (!week41 || !week42) throw new Error('two weeks');

      const dialog = await openImport(page, language);
      await chooseFile(dialog, language, writeDownload('ecoute-semaine-41.csv', csv(week41)));
      const mapping = dialog.getByRole('region', { name: w.mapping });
      await expect(mapping).toBeVisible();
      await mapping.getByLabel('Lien', { exact: true }).selectOption({ label: w.meanings.permalink });
      await mapping.getByLabel('Quand', { exact: true }).selectOption({ label: w.meanings.published });
      await mapping.getByLabel('Vues', { exact: true }).selectOption({ label: w.meanings.impressions });
      await mapping.getByLabel('J’aime', { exact: true }).selectOption({ label: w.meanings.reactions });
      await mapping.getByLabel(w.dates).selectOption({ label: w.monthFirstTime });
      await mapping.getByLabel(w.network).selectOption({ label: w.instagram });
      await mapping.getByRole('button', { name: w.readMapped }).click();
      await expect(formatLine(dialog, w.formats.mapped)).toHaveText(`${w.formats.mapped} · ${w.rows(2)}`);
      await expect(importCounts(dialog)).toHaveText([w.created(2)]);
      await importRows(dialog, language);
      await expect(importedToast(page, language, 'ecoute-semaine-41.csv')).toBeVisible();
      const grid = numbersGrid(page);
      for (const r of week41)
        await expectNumbers(
          postRow(grid, r.date, r.time, language),
          { impressions: r.views, reactions: r.likes },
          language,
        );

      // The next week's file: straight to the preview, read with the same choices.
      const again = await openImport(page, language);
      await chooseFile(again, language, writeDownload('ecoute-semaine-42.csv', csv(week42)));
      await expect(formatLine(again, w.formats.mapped)).toHaveText(
        `${w.formats.mapped} · ${w.rows(2)} · ${w.mappingSaved}`,
      );
      await expect(again.getByRole('region', { name: w.mapping })).toHaveCount(0);
      await expect(importCounts(again)).toHaveText([w.created(2)]);
      await importRows(again, language);
      await expect(importedToast(page, language, 'ecoute-semaine-42.csv')).toBeVisible();
      for (const r of week42)
        await expectNumbers(
          postRow(grid, r.date, r.time, language),
          { impressions: r.views, reactions: r.likes },
          language,
        );
    });

    test('a follows series becomes follower counts, from the count the user gives for the day before it', async ({
      app: page,
      host,
    }) => {
      const bakery = await seedBakery(host, language, ['instagram']);
      const file = 'meta-instagram-follows-daily.csv';
      const read = mustRead(readFixture(file));
      const seriesDays = read.rows.map((r) => r.date);
      const firstDay = seriesDays[0];
      if (typeof firstDay !== 'string' || firstDay === 'lifetime') throw new Error('a daily series');
      const dayBefore = addDays(firstDay, -1);
      const start = 1200;
      await openNumbers(page, language);

      const dialog = await openImport(page, language);
      await chooseFile(dialog, language, fixturePath(file));
      await expect(formatLine(dialog, w.formats.metaDailySeries)).toHaveText(
        `${w.formats.metaDailySeries} · ${w.rows(read.rows.length)}`,
      );
      await expect(dialog.getByText(w.followsTitle, { exact: true })).toBeVisible();
      await expect(
        dialog.getByText(w.followsUnknown(longDay(dayBefore, language)), { exact: true }),
      ).toBeVisible();
      // No count to start from yet: Import waits for the one the user reads on the network.
      await expect(importButton(dialog, language)).toBeDisabled();
      await dialog
        .getByRole('textbox', { name: w.followsOn(longDay(dayBefore, language)) })
        .fill(String(start));
      await expect(importButton(dialog, language)).toHaveText(w.importRows(read.rows.length));
      // Each row is a day of the channel; the last one, in doubt, is skipped.
      await expect(dialog.getByText(w.channelDay, { exact: true })).toHaveCount(read.rows.length);
      const lastLine = read.rows.at(-1)?.line ?? 0;
      await dialog.getByRole('checkbox', { name: w.skipLine(lastLine) }).check();
      await expect(importButton(dialog, language)).toHaveText(w.importRows(read.rows.length - 1));
      await importRows(dialog, language);
      await expect(importedToast(page, language, file)).toBeVisible();

      // Each day's count is the day before's plus the day's new follows.
      let running = start;
      const expected = [{ takenOn: dayBefore, followers: start }];
      for (const row of read.rows.slice(0, -1)) {
        running += row.follows ?? 0;
        expected.push({ takenOn: row.date as IsoDate, followers: running });
      }
      const counts = await host.rpc('followers.list', {
        clientId: bakery.clientId,
        from: dayBefore,
        to: addDays(seriesDays.at(-1) as IsoDate, 1),
      });
      expect(counts.map((c) => ({ takenOn: c.takenOn, followers: c.followers }))).toEqual(expected);

      // The weekly form starts from the series' last count.
      await page.getByRole('button', { name: w.followers, exact: true }).click();
      const last = expected.at(-1);
      await expect(page.getByRole('textbox', { name: w.followersOf })).toHaveAccessibleDescription(
        w.previousCount(count(last?.followers ?? 0, language), longDay(last?.takenOn ?? firstDay, language)),
      );
    });

    test('a bad file is refused in the user’s language and nothing is written', async ({
      app: page,
      host,
    }) => {
      const bakery = await seedBakery(host, language, ['instagram']);
      await openNumbers(page, language);
      const dialog = await openImport(page, language);

      // A zip of 101 files is not a network's export: refused before anything is expanded.
      const many = Array.from({ length: 101 }, (_, i) => ({
        name: `part-${i + 1}.csv`,
        data: Buffer.from('Date,Views\n'),
      }));
      await chooseFile(dialog, language, writeDownload('export.zip', writeZip(many)));
      await expect(dialog.getByRole('alert')).toHaveText(w.zipTooManyEntries);
      await expect(importButton(dialog, language)).toBeDisabled();

      // An export saved again by a spreadsheet in Latin-1: "é" is no UTF-8 any more.
      const latin1 = Buffer.from(
        'Post ID,Publish time,Description,Views\n18045000000000000,10/01/2026 08:39,Pain de campagne à la farine bio,1494\n',
        'latin1',
      );
      await chooseFile(dialog, language, writeDownload('instagram-ouvert-dans-excel.csv', latin1));
      await expect(dialog.getByRole('alert')).toHaveText(w.importEncoding);
      await expect(importButton(dialog, language)).toBeDisabled();
      await dialog.getByRole('button', { name: w.cancel, exact: true }).click();
      await expect(dialog).toBeHidden();
      expect(await host.rpc('posts.list', { clientId: bakery.clientId })).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const)
      test(`finds no serious violation on the dialog showing a preview, ${theme} theme`, async ({
        app: page,
        host,
      }) => {
        const bakery = await seedBakery(host, language, ['instagram'], theme);
        const read = mustRead(readFixture(INSTAGRAM.fixture));
        await planPosts(host, bakery, INSTAGRAM, read);
        await openNumbers(page, language);
        const dialog = await openImport(page, language);
        await chooseFile(dialog, language, INSTAGRAM.path());
        await expectPreview(dialog, language, INSTAGRAM, read);
        expect.soft(await seriousA11yViolations(page), 'import dialog').toEqual([]);
      });
  });
}
