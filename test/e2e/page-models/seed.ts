// Seeding through the contract, before the page opens: the UI path is not the point of these tests.
import { addDays, type IsoDate, startOfWeek } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Input } from '../../../shared/contract.ts';
import type { Metric } from '../../../shared/domain/metrics.ts';
import type { E2eHost } from '../host.ts';

/**
 * The week the seeded tests plan in, Monday 11 – Sunday 17 January 2027: far from the machine's
 * today (so N means "the first day of the week" there), and clear of any DST change in Paris.
 */
export const WEEK = {
  monday: '2027-01-11',
  tuesday: '2027-01-12',
  wednesday: '2027-01-13',
  thursday: '2027-01-14',
  friday: '2027-01-15',
  saturday: '2027-01-16',
  sunday: '2027-01-17',
  nextMonday: '2027-01-18',
} as const;

export interface SeededStudio {
  clientId: string;
  channels: { instagram: string; linkedin: string; x: string };
}

/**
 * A Paris client with Instagram, LinkedIn and X, selected in the sidebar, whose calendar was last
 * left on WEEK: what a returning user finds. Seeded through the contract, as the UI path is not the point.
 */
export async function seedStudio(host: E2eHost): Promise<SeededStudio> {
  const client = await host.rpc('clients.create', {
    name: 'Studio Yoga',
    color: '#29A36A',
    timeZone: 'Europe/Paris',
  });
  const channel = async (network: 'instagram' | 'linkedin' | 'x', handle: string) =>
    (await host.rpc('channels.create', { clientId: client.id, network, handle })).id;
  const channels = {
    instagram: await channel('instagram', '@studio.yoga'),
    linkedin: await channel('linkedin', 'studio-yoga'),
    x: await channel('x', '@studioyoga'),
  };
  await host.rpc('prefs.set', {
    lastClientId: client.id,
    calendarViews: { [client.id]: { view: 'week', date: WEEK.wednesday, filters: {} } },
  });
  return { clientId: client.id, channels };
}

export async function seedPost(
  host: E2eHost,
  post: Omit<Input<'posts.create'>, 'clientId'> & { clientId: string },
): Promise<string> {
  return (await host.rpc('posts.create', post)).id;
}

export const ZONE = 'Europe/Paris';

/**
 * The days the KPI tests live on, counted from the real today in Paris (the web host runs on the
 * real clock). Follower counts two weeks and one week ago always fall before last week and inside
 * it, whatever the weekday today: last week starts 7 to 13 days ago.
 */
export interface Days {
  today: IsoDate;
  tomorrow: IsoDate;
  thisMonday: IsoDate;
  lastMonday: IsoDate;
  lastSunday: IsoDate;
  weekAgo: IsoDate;
  twoWeeksAgo: IsoDate;
}

export function days(): Days {
  const today = zonedToday(new Date(), ZONE);
  const thisMonday = startOfWeek(today, 1);
  return {
    today,
    tomorrow: addDays(today, 1),
    thisMonday,
    lastMonday: addDays(thisMonday, -7),
    lastSunday: addDays(thisMonday, -1),
    weekAgo: addDays(today, -7),
    twoWeeksAgo: addDays(today, -14),
  };
}

export interface NumbersStudio {
  clientId: string;
  channels: { instagram: string; linkedin: string };
  /** The five posts published last week, Monday to Friday, in the grid's order. */
  postIds: string[];
  /** A draft planned for today, to aim at a segment. */
  draftId: string;
}

/** Five captions for last week's posts, Monday to Friday, and one for today's draft. */
export interface Captions {
  published: readonly [string, string, string, string, string];
  draft: string;
}

/** The studio's captions in each language, as the tests type and read them. */
export const STUDIO_CAPTIONS: Record<'en' | 'fr', Captions> = {
  en: {
    published: [
      'Morning flow to wake up the spine',
      'We are hiring a second yoga teacher',
      'Five poses for tight shoulders',
      'Why we teach in small groups',
      'Brunch after the Saturday class',
    ],
    draft: 'Desk stretches you can do between two calls',
  },
  fr: {
    published: [
      'Flow du matin pour réveiller le dos',
      'Nous recrutons un second professeur',
      'Cinq postures pour les épaules',
      'Pourquoi enseigner en petits groupes',
      'Brunch après le cours du samedi',
    ],
    draft: 'Étirements au bureau entre deux appels',
  },
};

/**
 * A Paris client with Instagram and LinkedIn, five posts published last week (Instagram on Monday,
 * Wednesday and Friday, LinkedIn on Tuesday and Thursday), a draft for today, and follower counts
 * two weeks ago (1,200 + 800) and a week ago (1,230 + 810). Selected in the sidebar: the app opens
 * on its week once reloaded.
 */
export async function seedNumbersStudio(
  host: E2eHost,
  captions: Captions,
  prefs: Input<'prefs.set'> = {},
): Promise<NumbersStudio> {
  const d = days();
  const client = await host.rpc('clients.create', { name: 'Studio Yoga', color: '#29A36A', timeZone: ZONE });
  const channel = async (network: 'instagram' | 'linkedin', handle: string) =>
    (await host.rpc('channels.create', { clientId: client.id, network, handle })).id;
  const channels = {
    instagram: await channel('instagram', '@studio.yoga'),
    linkedin: await channel('linkedin', 'studio-yoga'),
  };
  const slots = [
    { channelId: channels.instagram, format: 'image', time: '09:00' },
    { channelId: channels.linkedin, format: 'text', time: '12:00' },
    { channelId: channels.instagram, format: 'image', time: '18:00' },
    { channelId: channels.linkedin, format: 'text', time: '12:30' },
    { channelId: channels.instagram, format: 'image', time: '10:00' },
  ] as const;
  const postIds: string[] = [];
  for (const [i, slot] of slots.entries()) {
    const post = await host.rpc('posts.create', {
      clientId: client.id,
      ...slot,
      date: addDays(d.lastMonday, i),
      status: 'published',
      caption: captions.published[i],
    });
    postIds.push(post.id);
  }
  const draft = await host.rpc('posts.create', {
    clientId: client.id,
    channelId: channels.instagram,
    date: d.today,
    time: '17:00',
    format: 'image',
    caption: captions.draft,
  });
  const counts = async (on: IsoDate, instagram: number, linkedin: number) =>
    host.rpc('followers.save', {
      clientId: client.id,
      on,
      entries: [
        { channelId: channels.instagram, followers: instagram },
        { channelId: channels.linkedin, followers: linkedin },
      ],
    });
  await counts(d.twoWeeksAgo, 1200, 800);
  await counts(d.weekAgo, 1230, 810);
  await host.rpc('prefs.set', { lastClientId: client.id, ...prefs });
  return { clientId: client.id, channels, postIds, draftId: draft.id };
}

/**
 * The numbers the headline scenario logs for last week's five posts, in the grid's first six
 * columns (impressions, reach, reactions, comments, shares, saves). Engagements are reactions +
 * comments + shares + saves: 100, 50, 80, 25 and 68, 323 in all, over a reach of 5,050.
 */
export const LOGGED: readonly (readonly number[])[] = [
  [1200, 950, 80, 6, 4, 10],
  [2000, 1500, 40, 5, 3, 2],
  [1500, 1100, 60, 8, 5, 7],
  [900, 700, 20, 2, 1, 2],
  [1100, 800, 55, 4, 3, 6],
];

const LOGGED_METRICS: readonly Metric[] = [
  'impressions',
  'reach',
  'reactions',
  'comments',
  'shares',
  'saves',
];

/** Logs LOGGED through the contract, dated today, for the tests that are not about typing them. */
export async function seedLoggedNumbers(host: E2eHost, studio: NumbersStudio) {
  await host.rpc('metrics.save', {
    on: days().today,
    cells: studio.postIds.flatMap((postId, row) =>
      LOGGED_METRICS.map((metric, col) => ({ postId, metric, value: LOGGED[row]?.[col] ?? null })),
    ),
  });
}
