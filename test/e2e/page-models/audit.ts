// Page model: the Audit screen (the list of audits, one audit's six questions and actions, the
// comparison of two), and a client with a month of numbers to audit, seeded through the contract.
import { expect, type Locator, type Page } from '@playwright/test';
import { addDays, addMonths, type IsoDate, weekday } from '../../../shared/calendar/dates.ts';
import type { Metric } from '../../../shared/domain/metrics.ts';
import type { E2eHost } from '../host.ts';
import { days, ZONE } from './seed.ts';
import { sidebar } from './sidebar.ts';

export type Language = 'en' | 'fr';

/** The screen's words in each language, as a user reads them. */
export const AUDIT_WORDS = {
  en: {
    link: 'Audit',
    title: 'audit',
    start: 'Start the first audit',
    startDialog: 'New audit',
    startSubmit: 'Start the audit',
    newAudit: 'New audit',
    compare: 'Compare',
    back: 'All audits',
    saved: 'Saved',
    finished: 'Finished',
    notes: 'Your notes',
    score: (n: number, word: string) => `${n} – ${word}`,
    words: ['Poor', 'Weak', 'Fair', 'Good', 'Strong'],
    questions: ['What works', 'Who interacts', 'Engagement', 'How and when', 'Which network', 'Competitors'],
    newAction: 'New action',
    action: (n: number) => `Action ${n}`,
    make: (n: number) => `Make it… (action ${n})`,
    makeItems: { objective: 'Objective', post: 'Draft post', pillar: 'Content pillar' },
    pick: (label: string) => `Compare ${label}`,
    quarter: (n: number, year: string) => `Q${n} ${year}`,
    needsCompetitors: 'This question needs the client’s competitors.',
    logCompetitors: 'Log competitors',
  },
  fr: {
    link: 'Audit',
    title: 'audit',
    start: 'Commencer le premier audit',
    startDialog: 'Nouvel audit',
    startSubmit: 'Commencer l’audit',
    newAudit: 'Nouvel audit',
    compare: 'Comparer',
    back: 'Tous les audits',
    saved: 'Enregistré',
    finished: 'Terminé',
    notes: 'Vos notes',
    score: (n: number, word: string) => `${n} – ${word}`,
    words: ['Mauvais', 'Faible', 'Moyen', 'Bon', 'Excellent'],
    questions: [
      'Ce qui marche',
      'Qui interagit',
      'Engagement',
      'Comment et quand',
      'Quel réseau',
      'Concurrents',
    ],
    newAction: 'Nouvelle action',
    action: (n: number) => `Action ${n}`,
    make: (n: number) => `En faire… (action ${n})`,
    makeItems: {
      objective: 'Un objectif',
      post: 'Un brouillon de publication',
      pillar: 'Un pilier de contenu',
    },
    pick: (label: string) => `Comparer ${label}`,
    quarter: (n: number, year: string) => `T${n} ${year}`,
    needsCompetitors: 'Cette question a besoin des concurrents du client.',
    logCompetitors: 'Saisir les concurrents',
  },
} as const;

/** Opens the Audit screen from the sidebar and waits for its title ("Studio Yoga — audit"). */
export async function openAudit(page: Page, client: string, language: Language = 'en') {
  const words = AUDIT_WORDS[language];
  await sidebar(page, words.link).click();
  await expect(page.getByRole('heading', { level: 1, name: `${client} — ${words.title}` })).toBeVisible();
}

/** One of the six question cards, by its short title ("What works"). */
export const questionCard = (page: Page, n: number, language: Language = 'en'): Locator =>
  page.getByRole('region', { name: new RegExp(`${AUDIT_WORDS[language].questions[n - 1]}$`) });

/** The radio of a score in a question's card ("4 – Good"). */
export const scoreRadio = (card: Locator, score: number, language: Language = 'en'): Locator =>
  card.getByRole('radio', {
    name: AUDIT_WORDS[language].score(score, AUDIT_WORDS[language].words[score - 1] ?? ''),
  });

/** The audit's quiet save status. */
export const saveStatus = (page: Page): Locator => page.getByRole('status').filter({ hasText: /./ }).first();

/** A row of the list of audits, by the audit's name (its title or period). */
export const auditRow = (page: Page, label: string): Locator =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader').getByRole('link', { name: label, exact: true }) });

/** The last full quarter before today, as the new audit's dialog proposes it: first day, first day after. */
export function lastFullQuarter(today: IsoDate): { from: IsoDate; to: IsoDate; n: number; year: string } {
  const month = Number(today.slice(5, 7));
  const thisQuarter = `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  const from = addMonths(thisQuarter, -3);
  return { from, to: thisQuarter, n: (Number(from.slice(5, 7)) + 2) / 3, year: from.slice(0, 4) };
}

/** The seeded posts' captions in each language; the third is the month's best by engagement rate. */
export const AUDIT_CAPTIONS: Record<Language, readonly string[]> = {
  en: [
    'Morning flow to wake up the spine',
    'We are hiring a second yoga teacher',
    'Five poses for tight shoulders',
    'Why we teach in small groups',
    'Brunch after the Saturday class',
    'Breathing for a better sleep',
    'Yoga at work: a short guide',
    'Three mats compared',
    'Our new timetable',
    'Client story: back pain gone',
    'Studio closed on Monday',
  ],
  fr: [
    'Flow du matin pour réveiller le dos',
    'Nous recrutons un second professeur',
    'Cinq postures pour les épaules',
    'Pourquoi enseigner en petits groupes',
    'Brunch après le cours du samedi',
    'Respirer pour mieux dormir',
    'Le yoga au bureau, un petit guide',
    'Trois tapis comparés',
    'Nos nouveaux horaires',
    'Témoignage : fini le mal de dos',
    'Studio fermé lundi',
  ],
};

type Slot = {
  network: 'instagram' | 'linkedin';
  week: number;
  /** 0 = Monday … 6 = Sunday. */
  day: number;
  time: string;
  format: 'image' | 'text' | 'reel' | 'carousel';
  pillar: 'teaching' | 'life';
  segment: 'parents' | 'office' | null;
  /** Impressions, reach, reactions, comments, shares, saves; null: published, no number logged. */
  numbers: readonly [number, number, number, number, number, number] | null;
};

/**
 * Eleven posts published over three weeks of the quarter's last month, ten with numbers. By reach,
 * engagements (reactions + comments + shares + saves) are 50, 40, 100, 14, 52, 90, 21, 57, 12 and
 * 62: 498 over a reach of 9,250, a rate of 5.38 %. The best post, "Five poses…", has 100 over 1,000
 * (10.0 %); reels on Tuesdays at 18:00 do best (190 over 2,200, 8.6 %).
 */
const SLOTS: readonly Slot[] = [
  {
    network: 'instagram',
    week: 0,
    day: 0,
    time: '09:00',
    format: 'image',
    pillar: 'life',
    segment: null,
    numbers: [1100, 900, 40, 4, 2, 4],
  },
  {
    network: 'linkedin',
    week: 0,
    day: 1,
    time: '12:00',
    format: 'text',
    pillar: 'life',
    segment: 'office',
    numbers: [2000, 1500, 30, 5, 3, 2],
  },
  {
    network: 'instagram',
    week: 0,
    day: 1,
    time: '18:00',
    format: 'reel',
    pillar: 'teaching',
    segment: 'parents',
    numbers: [1300, 1000, 80, 10, 5, 5],
  },
  {
    network: 'linkedin',
    week: 0,
    day: 3,
    time: '12:30',
    format: 'text',
    pillar: 'teaching',
    segment: 'office',
    numbers: [900, 700, 10, 2, 1, 1],
  },
  {
    network: 'instagram',
    week: 0,
    day: 5,
    time: '10:00',
    format: 'image',
    pillar: 'life',
    segment: null,
    numbers: [1000, 800, 40, 4, 3, 5],
  },
  {
    network: 'instagram',
    week: 1,
    day: 1,
    time: '18:00',
    format: 'reel',
    pillar: 'teaching',
    segment: 'parents',
    numbers: [1500, 1200, 70, 8, 6, 6],
  },
  {
    network: 'linkedin',
    week: 1,
    day: 2,
    time: '08:30',
    format: 'text',
    pillar: 'teaching',
    segment: 'office',
    numbers: [800, 600, 15, 3, 2, 1],
  },
  {
    network: 'instagram',
    week: 1,
    day: 4,
    time: '19:00',
    format: 'carousel',
    pillar: 'teaching',
    segment: null,
    numbers: [1200, 950, 45, 5, 2, 5],
  },
  {
    network: 'instagram',
    week: 2,
    day: 0,
    time: '11:00',
    format: 'image',
    pillar: 'life',
    segment: null,
    numbers: [700, 500, 10, 1, 0, 1],
  },
  {
    network: 'linkedin',
    week: 2,
    day: 3,
    time: '17:00',
    format: 'text',
    pillar: 'life',
    segment: 'office',
    numbers: [1400, 1100, 50, 6, 4, 2],
  },
  {
    network: 'instagram',
    week: 2,
    day: 4,
    time: '09:30',
    format: 'image',
    pillar: 'life',
    segment: null,
    numbers: null,
  },
];

const METRICS: readonly Metric[] = ['impressions', 'reach', 'reactions', 'comments', 'shares', 'saves'];

export interface AuditStudio {
  clientId: string;
  /** The period the new audit proposes: the last full quarter before today. */
  quarter: ReturnType<typeof lastFullQuarter>;
  /** The Monday the seeded weeks start on, in the quarter's last month. */
  firstMonday: IsoDate;
}

/**
 * "Studio Yoga" (Paris) with Instagram and LinkedIn, two pillars, two segments (one with notes), and
 * the eleven posts above in the last month of the last full quarter, their numbers logged today.
 */
export async function seedAuditStudio(
  host: E2eHost,
  language: Language,
  theme: 'light' | 'dark',
): Promise<AuditStudio> {
  const today = days().today;
  const quarter = lastFullQuarter(today);
  const lastMonth = addMonths(quarter.to, -1);
  // The first Monday of that month: three weeks from it stay inside the month.
  let firstMonday = lastMonth;
  while (weekday(firstMonday) !== 1) firstMonday = addDays(firstMonday, 1);

  const client = await host.rpc('clients.create', { name: 'Studio Yoga', color: '#29A36A', timeZone: ZONE });
  const channel = async (network: 'instagram' | 'linkedin', handle: string) =>
    (await host.rpc('channels.create', { clientId: client.id, network, handle })).id;
  const channels = {
    instagram: await channel('instagram', '@studio.yoga'),
    linkedin: await channel('linkedin', 'studio-yoga'),
  };
  const pillar = async (name: string, color: string) =>
    (await host.rpc('pillars.create', { clientId: client.id, name, color })).id;
  const pillars = {
    teaching: await pillar(language === 'en' ? 'Teaching' : 'Pédagogie', '#2E86AB'),
    life: await pillar(language === 'en' ? 'Studio life' : 'Vie du studio', '#F3A712'),
  };
  const segment = async (name: string, notes: string) =>
    (await host.rpc('segments.create', { clientId: client.id, name, notes })).id;
  const segments = {
    parents: await segment(
      language === 'en' ? 'Busy parents' : 'Parents pressés',
      language === 'en'
        ? 'Come right after the school run; want short classes.'
        : 'Viennent juste après l’école ; veulent des cours courts.',
    ),
    office: await segment(language === 'en' ? 'Office workers' : 'Salariés de bureau', ''),
  };

  const cells: { postId: string; metric: Metric; value: number | null }[] = [];
  for (const [i, slot] of SLOTS.entries()) {
    const post = await host.rpc('posts.create', {
      clientId: client.id,
      channelId: channels[slot.network],
      date: addDays(firstMonday, slot.week * 7 + slot.day),
      time: slot.time,
      format: slot.format,
      status: 'published',
      caption: AUDIT_CAPTIONS[language][i] ?? '',
      pillarId: pillars[slot.pillar],
      segmentIds: slot.segment ? [segments[slot.segment]] : [],
    });
    if (slot.numbers)
      for (const [col, metric] of METRICS.entries())
        cells.push({ postId: post.id, metric, value: slot.numbers[col] ?? null });
  }
  await host.rpc('metrics.save', { on: today, cells });
  await host.rpc('prefs.set', {
    lastClientId: client.id,
    language,
    theme,
    calendarViews: { [client.id]: { view: 'week', date: today, filters: {} } },
  });
  return { clientId: client.id, quarter, firstMonday };
}
