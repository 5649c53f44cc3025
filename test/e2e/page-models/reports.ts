// Page model: the Reports screen (the list, the new report's dialog, one report beside its preview),
// the "You" section of Settings, and a client with October 2026's numbers, seeded through the contract.
import { crc32, deflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Metric } from '../../../shared/domain/metrics.ts';
import type { E2eHost } from '../host.ts';
import { ZONE } from './seed.ts';
import { sidebar } from './sidebar.ts';

export type Language = 'en' | 'fr';

/** French typography: a narrow no-break space before : ; ! ? % and inside « ». */
const N = '\u202f';

/** The screen's words in each language, as a user reads them. */
export const REPORT_WORDS = {
  en: {
    link: 'Reports',
    title: 'Studio Yoga — reports',
    emptyTitle: 'No report for Studio Yoga yet',
    makeOctober: 'Make October’s report',
    newReport: 'New report',
    dialog: 'New report',
    period: 'October 2026',
    september: 'September 2026',
    back: 'All reports',
    savePdf: 'Save PDF',
    exportCsv: 'Export CSV',
    more: 'More',
    deleteReport: 'Delete the report',
    saved: 'Saved',
    summary: 'Summary',
    sectionOff: 'Coming up',
    cover: 'Cover',
    sections: 'Sections',
    preview: 'Preview of the report',
    deleted: 'Report “October 2026” moved to the Trash.',
    undo: 'Undo',
    settings: 'Settings',
    you: 'You',
    name: 'Your name',
    pickLogo: 'Choose a logo…',
    removeLogo: 'Remove',
    logoRemoved: 'Logo removed.',
    notImage: '“notes.txt” is not a picture: choose a PNG, JPEG or WebP file.',
    dashboard: 'KPIs',
    month: 'Month',
    previousPeriod: 'Previous period',
    kpis: {
      reach: 'Reach',
      impressions: 'Impressions',
      rate: 'Engagement rate (by reach)',
      followers: 'Followers',
    },
    values: { reach: '6,650', impressions: '8,500', rate: '6.0%', followers: '2,090' },
    coverKicker: 'Monthly social media report',
    changed: '5 figures have changed since',
    changedLine: 'Reach: 6,650 then, 7,050 now',
    update: 'Update the figures',
    updated: 'Figures updated: the report now shows today’s numbers.',
    csvHeader: 'Section,Figure,Channel,October 2026,September 2026 (before),Change',
    csvReach: 'Key figures,Reach,All channels,6650,2700,+146.3%',
    other: 'Another period…',
    create: 'Make the report',
    stepBack: 'Period before',
    archived: 'Studio Yoga is archived: its reports stay here to read and print, but no new one can be made.',
    figuresTitle: 'Key figures',
  },
  fr: {
    link: 'Rapports',
    title: 'Studio Yoga — rapports',
    emptyTitle: 'Pas encore de rapport pour Studio Yoga',
    makeOctober: 'Faire le rapport d’octobre',
    newReport: 'Nouveau rapport',
    dialog: 'Nouveau rapport',
    period: 'octobre 2026',
    september: 'septembre 2026',
    back: 'Tous les rapports',
    savePdf: 'Enregistrer le PDF',
    exportCsv: 'Exporter en CSV',
    more: 'Plus',
    deleteReport: 'Supprimer le rapport',
    saved: 'Enregistré',
    summary: 'Synthèse',
    sectionOff: 'À venir',
    cover: 'Couverture',
    sections: 'Parties',
    preview: 'Aperçu du rapport',
    deleted: `Rapport «${N}octobre 2026${N}» placé dans la corbeille.`,
    undo: 'Annuler',
    settings: 'Réglages',
    you: 'Vous',
    name: 'Votre nom',
    pickLogo: 'Choisir un logo…',
    removeLogo: 'Retirer',
    logoRemoved: 'Logo retiré.',
    notImage: `«${N}notes.txt${N}» n’est pas une image${N}: choisissez un fichier PNG, JPEG ou WebP.`,
    dashboard: 'Indicateurs',
    month: 'Mois',
    previousPeriod: 'Période précédente',
    kpis: {
      reach: 'Portée',
      impressions: 'Impressions',
      rate: 'Taux d’engagement (sur la portée)',
      followers: 'Abonnés',
    },
    values: { reach: `6${N}650`, impressions: `8${N}500`, rate: `6,0${N}%`, followers: `2${N}090` },
    coverKicker: 'Bilan mensuel des réseaux sociaux',
    changed: '5 chiffres ont changé depuis la lecture des chiffres du rapport, le',
    changedLine: `Portée${N}: 6${N}650 alors, 7${N}050 aujourd’hui`,
    update: 'Mettre à jour les chiffres',
    updated: `Chiffres mis à jour${N}: le rapport montre maintenant ceux d’aujourd’hui.`,
    csvHeader: 'Partie;Chiffre;Canal;octobre 2026;septembre 2026 (avant);Évolution',
    csvReach: `Chiffres clés;Portée;Tous les canaux;6650;2700;+146,3${N}%`,
    other: 'Une autre période…',
    create: 'Faire le rapport',
    stepBack: 'Période précédente',
    archived: `Studio Yoga est archivé${N}: ses rapports restent ici pour être lus et imprimés, mais on ne peut plus en faire de nouveau.`,
    figuresTitle: 'Chiffres clés',
  },
} as const;

/** Opens the Reports screen from the sidebar and waits for its title. */
export async function openReports(page: Page, language: Language) {
  const w = REPORT_WORDS[language];
  await sidebar(page, w.link).click();
  await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible();
}

/** A row of the list, by the report's name. */
export const reportRow = (page: Page, label: string): Locator =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader').getByRole('link', { name: label, exact: true }) });

/** A section's switch in the report's editing column ("Coming up"). */
export const sectionSwitch = (page: Page, name: string): Locator =>
  page.getByRole('switch', { name, exact: true });

/** The report's quiet save status. */
export const saveStatus = (page: Page, language: Language): Locator =>
  page.getByRole('status').filter({ hasText: REPORT_WORDS[language].saved });

/**
 * The browser's print, replaced before the page loads by a counter: the test reads how many times
 * "Save PDF" asked for it, then prints the page itself with page.pdf.
 */
export async function recordPrints(page: Page) {
  await page.addInitScript(() => {
    const w = globalThis as unknown as { __prints: number; print: () => void };
    w.__prints = 0;
    w.print = () => {
      w.__prints += 1;
    };
  });
}

export const printsAsked = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { __prints: number }).__prints);

/** A small logo drawn as a PNG: two bands in the studio's green, so its place on the cover shows. */
export function logoPng(width = 240, height = 96): Buffer {
  const row = (y: number) => {
    const line = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const ring = (x - 48) ** 2 + (y - 48) ** 2 < 36 ** 2;
      const band = x > 108 && y > 30 && y < 66 && (y < 42 || y > 54 || x < 130);
      const [r, g, b] = ring || band ? [0x29, 0xa3, 0x6a] : [0xff, 0xff, 0xff];
      line.writeUInt8(r, 1 + x * 3);
      line.writeUInt8(g, 2 + x * 3);
      line.writeUInt8(b, 3 + x * 3);
    }
    return line;
  };
  const raw = Buffer.concat(Array.from({ length: height }, (_, y) => row(y)));
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // 8 bits a channel
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

type Numbers = readonly [
  impressions: number,
  reach: number,
  reactions: number,
  comments: number,
  shares: number,
  saves: number,
];

interface SeededPost {
  network: 'instagram' | 'linkedin';
  date: string;
  time: string;
  format: 'image' | 'text' | 'reel' | 'carousel';
  caption: Record<Language, string>;
  numbers: Numbers | null;
  status?: 'published' | 'ready' | 'draft';
}

/**
 * September and October 2026 on the studio's two channels, and three posts planned for November.
 * October by reach: engagements 100 + 50 + 57 + 90 + 40 + 62 = 399 over a reach of 6,650 (6.0 %),
 * 8,500 impressions; September: 122 over 2,700 (4.5 %). Followers 2,000 at the end of September,
 * 2,090 at the end of October (+4.5 %).
 */
const POSTS: readonly SeededPost[] = [
  {
    network: 'instagram',
    date: '2026-09-15',
    time: '09:00',
    format: 'image',
    numbers: [1000, 800, 30, 3, 1, 2],
    caption: { en: 'The new autumn timetable', fr: 'Les horaires d’automne' },
  },
  {
    network: 'linkedin',
    date: '2026-09-17',
    time: '12:00',
    format: 'text',
    numbers: [1200, 1000, 20, 2, 1, 1],
    caption: {
      en: 'Why companies book our lunch classes',
      fr: 'Pourquoi les entreprises réservent nos cours du midi',
    },
  },
  {
    network: 'instagram',
    date: '2026-09-24',
    time: '18:00',
    format: 'reel',
    numbers: [1100, 900, 50, 5, 3, 4],
    caption: { en: 'Sun salutation in sixty seconds', fr: 'La salutation au soleil en soixante secondes' },
  },
  {
    network: 'instagram',
    date: '2026-10-06',
    time: '18:00',
    format: 'reel',
    numbers: [1300, 1000, 80, 10, 5, 5],
    caption: { en: 'Five poses for tight shoulders', fr: 'Cinq postures pour les épaules' },
  },
  {
    network: 'linkedin',
    date: '2026-10-07',
    time: '12:00',
    format: 'text',
    numbers: [2000, 1500, 30, 5, 3, 2],
    caption: { en: 'We are hiring a second yoga teacher', fr: 'Nous recrutons un second professeur' },
  },
  {
    network: 'instagram',
    date: '2026-10-09',
    time: '10:00',
    format: 'image',
    numbers: [1100, 900, 40, 4, 2, 4],
    caption: { en: 'Brunch after the Saturday class', fr: 'Brunch après le cours du samedi' },
  },
  {
    network: 'instagram',
    date: '2026-10-15',
    time: '19:00',
    format: 'carousel',
    numbers: [1200, 950, 45, 5, 2, 5],
    caption: { en: 'Three mats compared', fr: 'Trois tapis comparés' },
  },
  {
    network: 'instagram',
    date: '2026-10-20',
    time: '18:00',
    format: 'reel',
    numbers: [1500, 1200, 70, 8, 6, 6],
    caption: { en: 'Breathing for a better sleep', fr: 'Respirer pour mieux dormir' },
  },
  {
    network: 'linkedin',
    date: '2026-10-22',
    time: '17:00',
    format: 'text',
    numbers: [1400, 1100, 50, 6, 4, 2],
    caption: { en: 'Client story: back pain gone', fr: 'Témoignage : fini le mal de dos' },
  },
  {
    network: 'instagram',
    date: '2026-11-10',
    time: '18:00',
    format: 'reel',
    numbers: null,
    status: 'ready',
    caption: { en: 'Winter workshop teaser', fr: 'Avant-goût de l’atelier d’hiver' },
  },
  {
    network: 'linkedin',
    date: '2026-11-12',
    time: '12:00',
    format: 'text',
    numbers: null,
    status: 'draft',
    caption: { en: 'Yoga at work: a short guide', fr: 'Le yoga au bureau, un petit guide' },
  },
];

const METRICS: readonly Metric[] = ['impressions', 'reach', 'reactions', 'comments', 'shares', 'saves'];

/** "Studio Yoga" (Paris) with the posts above, their numbers read on 2 November, followers, an objective. */
export async function seedReportStudio(host: E2eHost, language: Language, theme: 'light' | 'dark') {
  const client = await host.rpc('clients.create', { name: 'Studio Yoga', color: '#29A36A', timeZone: ZONE });
  const channel = async (network: 'instagram' | 'linkedin', handle: string) =>
    (await host.rpc('channels.create', { clientId: client.id, network, handle })).id;
  const channels = {
    instagram: await channel('instagram', '@studio.yoga'),
    linkedin: await channel('linkedin', 'studio-yoga'),
  };
  const cells: { postId: string; metric: Metric; value: number | null }[] = [];
  const posts: string[] = [];
  for (const p of POSTS) {
    const post = await host.rpc('posts.create', {
      clientId: client.id,
      channelId: channels[p.network],
      date: p.date,
      time: p.time,
      format: p.format,
      status: p.status ?? 'published',
      caption: p.caption[language],
    });
    posts.push(post.id);
    if (p.numbers)
      for (const [i, metric] of METRICS.entries())
        cells.push({ postId: post.id, metric, value: p.numbers[i] ?? null });
  }
  await host.rpc('metrics.save', { on: '2026-11-02', cells });
  for (const [on, instagram, linkedin] of [
    ['2026-08-31', 1150, 780],
    ['2026-09-30', 1200, 800],
    ['2026-10-31', 1260, 830],
  ] as const)
    await host.rpc('followers.save', {
      clientId: client.id,
      on,
      entries: [
        { channelId: channels.instagram, followers: instagram },
        { channelId: channels.linkedin, followers: linkedin },
      ],
    });
  await host.rpc('objectives.create', {
    clientId: client.id,
    title: language === 'en' ? 'Grow the community to 2,500 followers' : 'Atteindre 2 500 abonnés',
    kpi: 'followers',
    baseline: 2000,
    target: 2500,
    goal: 'awareness',
    startOn: '2026-10-01',
    deadline: '2027-03-31',
  });
  await host.rpc('prefs.set', { lastClientId: client.id, language, theme });
  return { clientId: client.id, channels, posts };
}

/** The post "Five poses for tight shoulders" (6 October), October's best. */
export const BEST_POST = 3;
