/**
 * Mentions in bulk, as they come: a list pasted one mention a line, rows copied from a spreadsheet,
 * or a listening tool's CSV export (Brandwatch, Talkwalker, Mention, Meltwater, Agorapulse…). Each
 * becomes a table of cells, its columns given a meaning (by their header's words, else by the
 * user), then each row a mention or the reasons it cannot be one. Nothing here writes: the server
 * checks every row again and takes all of them or none.
 */
import { type IsoDate, isIsoDate, isLocalTime } from '../calendar/dates.ts';
import { utcToZoned } from '../calendar/zoned.ts';
import type { MentionInput, Sentiment } from '../domain/mention.ts';
import type { Subject } from '../domain/mention-subject.ts';
import type { IssueCode } from '../errors.ts';
import { readAnyDate } from '../imports/dates.ts';
import { foldWord } from '../imports/fold.ts';
import { parseClipboardGrid } from '../metrics/paste.ts';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../networks.ts';
import { MENTION_MEANINGS, type MentionMapping, type MentionMeaning } from './mention-meanings.ts';
import { type SubjectHints, suggestSubject } from './suggest-subject.ts';

/** Header words of the listening tools' exports and of people's own sheets, in English and French. */
const HEADER_WORDS: Record<MentionMeaning, readonly string[]> = {
  date: [
    'date',
    'published',
    'published date',
    'publication date',
    'date de publication',
    'created',
    'created at',
    'jour',
    'day',
  ],
  time: ['time', 'heure', 'hour', 'published time'],
  network: [
    'network',
    'reseau',
    'source',
    'source type',
    'page type',
    'platform',
    'plateforme',
    'media type',
    'canal',
    'channel',
  ],
  author: [
    'author',
    'auteur',
    'author name',
    'author handle',
    'username',
    'user',
    'screen name',
    'compte',
    'account',
  ],
  audience: [
    'audience',
    'followers',
    'abonnes',
    'reach',
    'portee',
    'author followers',
    'follower count',
    'influence',
  ],
  text: [
    'text',
    'texte',
    'content',
    'contenu',
    'full text',
    'message',
    'mention',
    'snippet',
    'hit sentence',
    'opening text',
    'description',
    'extrait',
    'commentaire',
    'comment',
  ],
  url: ['url', 'link', 'lien', 'permalink', 'permalien'],
  sentiment: ['sentiment', 'tonalite', 'tone', 'polarity', 'polarite'],
  tags: ['tags', 'etiquettes', 'labels', 'categories', 'themes'],
};

const MEANING_OF = new Map<string, MentionMeaning>(
  MENTION_MEANINGS.flatMap((m) => HEADER_WORDS[m].map((w) => [w, m] as const)),
);

/** The meaning a header's words give a column, if any. */
export const meaningOfHeader = (header: string): MentionMeaning | undefined =>
  MEANING_OF.get(foldWord(header));

/** A first row that names at least two known columns is a header, not a mention. */
export function guessMapping(first: readonly string[]): MentionMapping | null {
  const mapping: MentionMapping = {};
  const taken = new Set<MentionMeaning>();
  first.forEach((cell, i) => {
    const meaning = meaningOfHeader(cell);
    if (meaning && !taken.has(meaning)) {
      mapping[i] = meaning;
      taken.add(meaning);
    }
  });
  return taken.size >= 2 ? mapping : null;
}

/** Rows without a header: one cell is the text; several are read in the journal's own order. */
export const POSITIONAL: readonly MentionMeaning[] = [
  'date',
  'time',
  'network',
  'author',
  'text',
  'url',
  'sentiment',
];

export function positionalMapping(width: number): MentionMapping {
  if (width <= 1) return { 0: 'text' };
  return Object.fromEntries(POSITIONAL.slice(0, width).map((m, i) => [i, m]));
}

const SENTIMENT_WORDS: Record<string, Sentiment> = {
  '+': 'positive',
  positive: 'positive',
  positif: 'positive',
  pos: 'positive',
  '1': 'positive',
  '=': 'neutral',
  '0': 'neutral',
  neutral: 'neutral',
  neutre: 'neutral',
  neu: 'neutral',
  '-': 'negative',
  '−': 'negative',
  negative: 'negative',
  negatif: 'negative',
  neg: 'negative',
  '-1': 'negative',
};

/** A sentiment as written, or as a listening tool's score (-5…5, -1…1): its sign. */
export function readSentiment(text: string): Sentiment | null {
  const word = SENTIMENT_WORDS[foldWord(text)];
  if (word) return word;
  const score = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(score)) return null;
  return score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral';
}

const NETWORK_ALIASES: Record<string, NetworkId> = {
  insta: 'instagram',
  ig: 'instagram',
  fb: 'facebook',
  twitter: 'x',
  tweet: 'x',
  'x (twitter)': 'x',
  'twitter / x': 'x',
  'x / twitter': 'x',
  li: 'linkedin',
  yt: 'youtube',
  news: 'blog',
  blogs: 'blog',
  forums: 'forum',
  reviews: 'other',
};

const NETWORK_OF = new Map<string, NetworkId>([
  ...NETWORK_IDS.map((id) => [id, id] as const),
  ...NETWORK_IDS.map((id) => [foldWord(NETWORKS[id].name), id] as const),
  ...Object.entries(NETWORK_ALIASES),
]);

export function readNetwork(text: string): NetworkId | null {
  const folded = foldWord(text);
  if (folded === '') return null;
  const known = NETWORK_OF.get(folded);
  if (known) return known;
  // A link's host: "www.instagram.com", "https://x.com/…".
  const host = /([a-z0-9-]+)\.(com|net|fr)\b/.exec(folded)?.[1];
  return host ? (NETWORK_OF.get(host) ?? (host === 'twitter' ? 'x' : null)) : null;
}

const SLASHED = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T,]+(\d{1,2})[:h](\d{2}))?$/;
const pad = (n: string | number) => String(n).padStart(2, '0');

/** Which part of a slashed date is the day: the app's order, unless the dates themselves say otherwise. */
export type SlashOrder = 'dayFirst' | 'monthFirst';

/**
 * The order a list's slashed dates are written in, read from the dates themselves: a first part over
 * 12 is a day, a second part over 12 makes the first a month (an American tool's export). When
 * none says, the app's own order (day first).
 */
export function slashOrder(dates: readonly string[]): SlashOrder {
  let monthFirst = false;
  for (const text of dates) {
    const m = SLASHED.exec(text.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dayFirst';
    if (Number(m[2]) > 12) monthFirst = true;
  }
  return monthFirst ? 'monthFirst' : 'dayFirst';
}

/** A date as the app writes it (day first, or month first when the list does), or as exports do (ISO, with or without a zone; in words). */
export function readDateTime(
  text: string,
  zone: string,
  order: SlashOrder = 'dayFirst',
): { date: IsoDate; time: string | null } | null {
  const t = text.trim();
  const dmy = SLASHED.exec(t);
  if (dmy) {
    const [day, month] = order === 'dayFirst' ? [dmy[1], dmy[2]] : [dmy[2], dmy[1]];
    const date = `${dmy[3]}-${pad(month ?? '')}-${pad(day ?? '')}`;
    const time = dmy[4] === undefined ? null : `${pad(dmy[4])}:${dmy[5]}`;
    return isIsoDate(date) && (time === null || isLocalTime(time)) ? { date, time } : null;
  }
  const read = readAnyDate(t);
  if (!read || read.kind === 'noYear') return null;
  if (read.kind === 'instant') {
    const parts = utcToZoned(read.at, zone);
    return { date: parts.date, time: parts.time };
  }
  return { date: read.date, time: read.time };
}

export function readTime(text: string): string | null {
  const m = /^(\d{1,2})[:h.](\d{2})(?::\d{2})?$/i.exec(text.trim());
  if (!m) return null;
  const time = `${pad(m[1] ?? '')}:${m[2]}`;
  return isLocalTime(time) ? time : null;
}

/** An author's followers as written: spaces and separators between thousands are dropped. */
export function readAudience(text: string): number | null | 'bad' {
  const digits = text.replace(/[\s\u00a0\u202f.,']/g, '');
  if (digits === '') return null;
  return /^\d{1,11}$/.test(digits) ? Number(digits) : 'bad';
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/;

export interface RowDefaults {
  date: IsoDate;
  time: string;
  network: NetworkId;
  sentiment: Sentiment;
  zone: string;
  /** How the list writes its slashed dates (`slashOrder` of its date column). */
  order?: SlashOrder;
}

/** Why a cell of a row could not be read: an i18n key under `issues.`, on the field it was meant for. */
export interface CellProblem {
  field: 'date' | 'time' | 'network' | 'sentiment' | 'authorAudience' | 'text';
  code: IssueCode;
}

export interface MentionRow {
  /** The line as the user sees it, 1-based, counted in what was pasted or in the file. */
  line: number;
  mention: MentionInput;
  /** Whether the subject was suggested from the text (the user may change it). */
  suggested: boolean;
  problems: CellProblem[];
}

/**
 * One row of cells as a mention: what the columns do not say comes from the defaults (today, now,
 * the network chosen, neutral); the subject is suggested from the text, else the client's brand. A
 * single cell may start with a sentiment sign ("+ Super accueil !") and hold the mention's link.
 */
export function rowToMention(
  cells: readonly string[],
  line: number,
  mapping: MentionMapping,
  defaults: RowDefaults,
  hints: SubjectHints,
): MentionRow {
  const problems: CellProblem[] = [];
  const cell = (meaning: MentionMeaning): string | undefined => {
    const at = Object.entries(mapping).find(([, m]) => m === meaning)?.[0];
    return at === undefined ? undefined : (cells[Number(at)] ?? '').trim();
  };
  let date = defaults.date;
  let time = defaults.time;
  const dateCell = cell('date');
  if (dateCell) {
    const read = readDateTime(dateCell, defaults.zone, defaults.order);
    if (read) {
      date = read.date;
      if (read.time) time = read.time;
    } else problems.push({ field: 'date', code: 'invalidDate' });
  }
  const timeCell = cell('time');
  if (timeCell) {
    const read = readTime(timeCell);
    if (read) time = read;
    else problems.push({ field: 'time', code: 'invalidTime' });
  }
  let network = defaults.network;
  const networkCell = cell('network');
  if (networkCell) {
    const read = readNetwork(networkCell);
    if (read) network = read;
    else problems.push({ field: 'network', code: 'unknownNetwork' });
  }
  let sentiment = defaults.sentiment;
  const sentimentCell = cell('sentiment');
  if (sentimentCell) {
    const read = readSentiment(sentimentCell);
    if (read) sentiment = read;
    else problems.push({ field: 'sentiment', code: 'invalidSentiment' });
  }
  let authorAudience: number | null = null;
  const audienceCell = cell('audience');
  if (audienceCell) {
    const read = readAudience(audienceCell);
    if (read === 'bad') problems.push({ field: 'authorAudience', code: 'notInteger' });
    else authorAudience = read;
  }
  let text = cell('text') ?? '';
  // A list pasted one mention a line: a leading sign is its sentiment.
  const signed = sentimentCell === undefined ? /^([+=\-−])\s+/.exec(text) : null;
  if (signed) {
    sentiment = readSentiment(signed[1] ?? '') ?? sentiment;
    text = text.slice(signed[0].length);
  }
  let url = cell('url') ?? '';
  if (url === '') {
    const found = URL_IN_TEXT.exec(text)?.[0];
    if (found) {
      url = found;
      text = text
        .replace(found, '')
        .replace(/\s{2,}/g, ' ')
        .trim();
    }
  }
  const tags = (cell('tags') ?? '')
    .split(/[,;|]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const suggestion = suggestSubject(text, hints);
  const subject: Subject = suggestion ?? { kind: 'brand' };
  if (text === '' && url === '') problems.push({ field: 'text', code: 'mentionEmpty' });
  return {
    line,
    mention: {
      date,
      time,
      network,
      author: cell('author') ?? '',
      authorAudience,
      text,
      url,
      subject,
      sentiment,
      tags,
      postId: null,
    },
    suggested: suggestion !== null,
    problems,
  };
}

/**
 * What was pasted, as rows of cells: rows copied from a spreadsheet (tabs between cells, quoted
 * cells as spreadsheets write them), else one mention a line. Blank lines are left out but counted,
 * so a problem names the line the user sees.
 */
export function pastedRecords(text: string): { line: number; cells: string[] }[] {
  if (text.includes('\t')) {
    const grid = parseClipboardGrid(text);
    if (grid.ok)
      return grid.rows
        .map((cells, i) => ({ line: i + 1, cells }))
        .filter((r) => r.cells.some((c) => c.trim() !== ''));
  }
  return text
    .split(/\r\n|\n|\r/)
    .map((line, i) => ({ line: i + 1, cells: [line] }))
    .filter((r) => (r.cells[0] ?? '').trim() !== '');
}
