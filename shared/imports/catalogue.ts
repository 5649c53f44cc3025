/**
 * The analytics exports Calepin knows, as data: how each is recognised from its header and what
 * each of its columns is for Calepin. A column not listed is ignored (exports grow new columns);
 * the network's own word stays with each column for display (`Views`, `Couverture`).
 *
 * Mapping choices, made once here:
 * - Meta's `Views` (2025 on) and the older `Impressions` both count every showing: impressions.
 * - Likes (Instagram, X, TikTok, LinkedIn) are the network's reactions: reactions.
 * - X's retweets / Reposts and LinkedIn's Reposts are shares (amplification). X's current `Shares`
 *   (sent privately, copied links) is not counted, so that both X exports mean the same.
 * - Only clicks that leave for the post's link are linkClicks (`url clicks`, `Clics sur un lien`,
 *   `Link clicks`); Meta's `Total clicks` and `Other Clicks` also count photo views and "see more".
 *   LinkedIn's `Clicks` are clicks on the post's content, name or logo: its CTR is built on them,
 *   so they are linkClicks too (said in the decisions).
 * - `user profile clicks` and `Profile visits` are profileVisits.
 * - YouTube's and TikTok's `Views` are plays: videoViews. YouTube's `Impressions` are thumbnail
 *   showings, the base of its click-through rate: impressions.
 * - Follows a post brought (`follows`, `New follows`, Instagram's `Follows`) are kept aside, not a
 *   metric. YouTube's `Subscribers` is a net change (negative when lost): ignored.
 * - Sums and rates (`engagements`, `Reactions, Comments and Shares`, CTR, engagement rate) are
 *   ignored: Calepin computes them from the raw counts.
 */
import type { NetworkId } from '../networks.ts';
import type { DateStyle } from './dates.ts';
import type { IdClock } from './id-clocks.ts';
import type { ColumnMeaning } from './meanings.ts';

export const FORMAT_IDS = [
  'metaFacebookPosts',
  'metaInstagramPosts',
  'metaDailySeries',
  'xTweetActivity',
  'xContent',
  'youtubeTableData',
  'tiktokContent',
  'linkedinAllPosts',
] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

/** `posts`: a row per post; `daily`: a row per day of an account-level figure. */
export type ExportKind = 'posts' | 'daily';

export interface ExportFormat {
  id: FormatId;
  /** null: the file says which (a daily series' title line). */
  network: NetworkId | null;
  kind: ExportKind;
  /** The header has every column of at least one of these sets (one set per interface language). */
  recognisedBy: readonly (readonly string[])[];
  /** Each meaning and the header words (any language) that say it. */
  columns: Readonly<Partial<Record<ColumnMeaning, readonly string[]>>>;
  dates: DateStyle;
  /** The post's time or year from its id. */
  idClock?: IdClock;
  /** The network's id inside the permalink, for exports without an id column. */
  idInLink?: RegExp;
  /** A first data row of totals to pass over (its first cell, folded). */
  totalRow?: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'metaFacebookPosts',
    network: 'facebook',
    kind: 'posts',
    recognisedBy: [
      ['Post ID', 'Page ID', 'Publish time', 'Permalink'],
      [
        'Identifiant de la publication',
        'Heure de publication',
        'Permalien',
        'Réactions, commentaires et partages',
      ],
    ],
    columns: {
      postId: ['Post ID', 'Identifiant de la publication'],
      permalink: ['Permalink', 'Permalien'],
      account: ['Page name', 'Nom de la Page'],
      postType: ['Post type', 'Type de publication'],
      // Description is the post's text; Title only a video's.
      caption: ['Description', 'Title', 'Titre'],
      published: ['Publish time', 'Heure de publication'],
      period: ['Date'],
      impressions: ['Views', 'Impressions', 'Vues'],
      reach: ['Reach', 'Couverture'],
      reactions: ['Reactions', 'Réactions'],
      comments: ['Comments', 'Commentaires'],
      shares: ['Shares', 'Partages'],
      linkClicks: ['Link clicks', 'Clics sur un lien'],
    },
    dates: 'monthFirstTime',
  },
  {
    id: 'metaInstagramPosts',
    network: 'instagram',
    kind: 'posts',
    recognisedBy: [['Post ID', 'Account ID', 'Publish time', 'Permalink']],
    columns: {
      postId: ['Post ID'],
      permalink: ['Permalink'],
      account: ['Account username', 'Account name'],
      postType: ['Post type'],
      caption: ['Description'],
      published: ['Publish time'],
      period: ['Date'],
      impressions: ['Views', 'Impressions'],
      reach: ['Reach'],
      reactions: ['Likes'],
      comments: ['Comments'],
      shares: ['Shares'],
      saves: ['Saves'],
      profileVisits: ['Profile visits'],
      follows: ['Follows'],
    },
    dates: 'monthFirstTime',
  },
  {
    id: 'metaDailySeries',
    network: null,
    kind: 'daily',
    recognisedBy: [['Date', 'Primary']],
    columns: { period: ['Date'], value: ['Primary'] },
    dates: 'isoLocal',
  },
  {
    id: 'xTweetActivity',
    network: 'x',
    kind: 'posts',
    recognisedBy: [['Tweet id', 'Tweet permalink', 'time', 'impressions']],
    columns: {
      postId: ['Tweet id'],
      permalink: ['Tweet permalink'],
      caption: ['Tweet text'],
      published: ['time'],
      impressions: ['impressions'],
      reactions: ['likes'],
      comments: ['replies'],
      shares: ['retweets'],
      linkClicks: ['url clicks'],
      profileVisits: ['user profile clicks'],
      follows: ['follows'],
    },
    dates: 'isoOffset',
  },
  {
    id: 'xContent',
    network: 'x',
    kind: 'posts',
    recognisedBy: [['Post id', 'Date', 'Post text', 'Post Link', 'Impressions']],
    columns: {
      postId: ['Post id'],
      permalink: ['Post Link'],
      caption: ['Post text'],
      published: ['Date'],
      impressions: ['Impressions'],
      reactions: ['Likes'],
      comments: ['Replies'],
      shares: ['Reposts'],
      saves: ['Bookmarks'],
      linkClicks: ['URL Clicks'],
      profileVisits: ['Profile visits'],
      follows: ['New follows'],
    },
    dates: 'words',
    idClock: 'snowflake',
  },
  {
    id: 'youtubeTableData',
    network: 'youtube',
    kind: 'posts',
    recognisedBy: [['Content', 'Video title', 'Video publish time', 'Views']],
    columns: {
      postId: ['Content'],
      caption: ['Video title'],
      published: ['Video publish time'],
      videoViews: ['Views'],
      impressions: ['Impressions'],
    },
    dates: 'words',
    totalRow: 'total',
  },
  {
    id: 'tiktokContent',
    network: 'tiktok',
    kind: 'posts',
    recognisedBy: [['Video link', 'Post time', 'Total views']],
    columns: {
      permalink: ['Video link'],
      caption: ['Video title'],
      published: ['Post time'],
      period: ['Time'],
      reactions: ['Total likes'],
      comments: ['Total comments'],
      shares: ['Total shares'],
      videoViews: ['Total views'],
    },
    dates: 'words',
    idClock: 'tiktok',
    idInLink: /\/video\/(\d+)/,
  },
  {
    id: 'linkedinAllPosts',
    network: 'linkedin',
    kind: 'posts',
    recognisedBy: [['Post title', 'Post link', 'Created date', 'Impressions']],
    columns: {
      permalink: ['Post link'],
      // Its `Post type` is Organic or Sponsored; the kind is `Content Type`.
      postType: ['Content Type'],
      caption: ['Post title'],
      published: ['Created date'],
      impressions: ['Impressions'],
      linkClicks: ['Clicks'],
      reactions: ['Likes', 'Reactions'],
      comments: ['Comments'],
      shares: ['Reposts'],
    },
    dates: 'monthFirst',
    idInLink: /urn:li:(?:activity|share|ugcPost):(\d+)/,
  },
];
