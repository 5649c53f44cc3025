import { type IsoDate, isIsoDate, isLocalTime, type LocalTime } from '../calendar/dates.ts';
import type { Channel } from '../domain/channel.ts';
import { canonicalTimeZone, isTimeZone } from '../domain/fields.ts';
import type { Pillar } from '../domain/pillar.ts';
import {
  BUDGET_MAX_CENTS,
  POST_FORMATS,
  POST_STATUSES,
  type PostFormat,
  type PostStatus,
} from '../domain/post.ts';
import type { IssueCode } from '../errors.ts';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '../networks.ts';

/**
 * Readers for the cells of an imported CSV: each turns what a person or a spreadsheet wrote into a
 * field value, or says why it cannot (an i18n issue code with the value quoted back).
 */

export type Cell<T> =
  | { ok: true; value: T }
  | { ok: false; code: IssueCode; params?: Record<string, string | number> };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(code: IssueCode, params?: Record<string, string | number>): Cell<T> =>
  params ? { ok: false, code, params } : { ok: false, code };

/** Lower case without accents: "Publié" and "publie" are the same word to a reader. */
const fold = (s: string): string => s.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

export const channelLabel = (c: Pick<Channel, 'network' | 'handle'>): string => `${c.network}:${c.handle}`;

/** Dates only as YYYY-MM-DD: 03/04/2026 is 3 April in Paris and 4 March in New York. */
export function readDate(raw: string): Cell<IsoDate> {
  const value = raw.trim();
  return isIsoDate(value) ? ok(value) : fail('csvDate', { value });
}

/** HH:MM, also 9:30 and 09:30:00 (what spreadsheets write for a time cell). */
export function readTime(raw: string): Cell<LocalTime> {
  const value = raw.trim();
  const m = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(value);
  const time = m ? `${(m[1] ?? '').padStart(2, '0')}:${m[2]}` : '';
  return isLocalTime(time) ? ok(time) : fail('csvTime', { value });
}

/** Empty: the client's zone. */
export function readZone(raw: string, clientZone: string): Cell<string> {
  const value = raw.trim();
  if (value === '') return ok(clientZone);
  return isTimeZone(value) ? ok(canonicalTimeZone(value)) : fail('invalidTimeZone', { value });
}

/** French words a user may type instead of the exported ids (accents and case ignored). */
const STATUS_WORDS: Record<string, PostStatus> = {
  idee: 'idea',
  brouillon: 'draft',
  pret: 'ready',
  prete: 'ready',
  publie: 'published',
  publiee: 'published',
  annule: 'cancelled',
  annulee: 'cancelled',
  canceled: 'cancelled',
};

const FORMAT_WORDS: Record<string, PostFormat> = {
  texte: 'text',
  carrousel: 'carousel',
  short: 'reel',
  reels: 'reel',
  stories: 'story',
  direct: 'live',
  sondage: 'poll',
};

function readChoice<T extends string>(
  raw: string,
  choices: readonly T[],
  words: Record<string, T>,
  fallback: T,
): Cell<T> {
  const key = fold(raw);
  if (key === '') return ok(fallback);
  const found = choices.find((c) => c === key) ?? (Object.hasOwn(words, key) ? words[key] : undefined);
  return found ? ok(found) : fail('csvChoice', { value: raw.trim(), choices: choices.join(', ') });
}

export const readStatus = (raw: string): Cell<PostStatus> =>
  readChoice(raw, POST_STATUSES, STATUS_WORDS, 'draft');
export const readFormat = (raw: string): Cell<PostFormat> =>
  readChoice(raw, POST_FORMATS, FORMAT_WORDS, 'text');

const YES = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'non', 'false', 'faux', '0']);

export function readYesNo(raw: string): Cell<boolean> {
  const key = fold(raw);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail('csvYesNo', { value: raw.trim() });
}

/**
 * A budget in the client's currency, to cents: `12.5`, `12,50`, `1 234,50 €` or `EUR 40` all read;
 * thousands separators other than spaces do not (is `1,234` 1234 or 1.234?).
 */
export function readBudget(raw: string, currency: string): Cell<number | null> {
  const value = raw.trim();
  let s = value.replace(/\s/gu, '');
  if (s === '') return ok(null);
  const code = currency.toUpperCase();
  if (s.toUpperCase().startsWith(code)) s = s.slice(code.length);
  else if (s.toUpperCase().endsWith(code)) s = s.slice(0, -code.length);
  s = s.replace(/^\p{Sc}|\p{Sc}$/u, '');
  const m = /^([-−]?)(\d+)(?:[.,](\d{1,2}))?$/u.exec(s);
  if (!m) return fail('csvNumber', { value });
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (m[1] !== '' && cents > 0) return fail('negativeBudget', { value });
  if (cents > BUDGET_MAX_CENTS) return fail('tooBig', { max: BUDGET_MAX_CENTS / 100 });
  return ok(cents);
}

const handleKey = (handle: string): string => fold(handle).replace(/^@/, '');

function networkOf(text: string): NetworkId | undefined {
  const key = fold(text);
  return NETWORK_IDS.find((id) => id === key || fold(NETWORKS[id].name) === key);
}

/**
 * Finds a channel from `network:handle` as exported (`instagram:@boulangerie.martin`), ignoring
 * case, accents and the `@`. A network alone (`Instagram`) or a handle alone also reads when it
 * names exactly one channel. Live channels win over archived ones of the same name.
 */
export function channelReader(channels: readonly Channel[]): (raw: string) => Cell<Channel> {
  const ordered = [...channels].sort((a, b) => Number(a.archived) - Number(b.archived));
  const live = ordered.filter((c) => !c.archived);
  const labels = ordered.map(channelLabel);
  const only = <T>(list: T[]): T | undefined => (list.length === 1 ? list[0] : undefined);
  return (raw) => {
    const value = raw.trim();
    if (channels.length === 0) return fail('noChannels');
    if (value === '') return fail('required');
    const colon = value.indexOf(':');
    const network = colon > 0 ? networkOf(value.slice(0, colon)) : undefined;
    const found = network
      ? ordered.find(
          (c) => c.network === network && handleKey(c.handle) === handleKey(value.slice(colon + 1)),
        )
      : (only(live.filter((c) => handleKey(c.handle) === handleKey(value))) ??
        only(live.filter((c) => c.network === networkOf(value))));
    return found ? ok(found) : fail('unknownChannel', { value, channels: labels.join(', ') });
  };
}

/**
 * Pillars by name (case and accents ignored). An unknown one is an error, not a new pillar: a typo
 * ("Recettes" / "Recette") would otherwise create a second pillar with a colour nobody chose.
 */
export function pillarReader(pillars: readonly Pillar[]): (raw: string) => Cell<Pillar | null> {
  return (raw) => {
    const value = raw.trim();
    if (value === '') return ok(null);
    const found = pillars.find((p) => fold(p.name) === fold(value));
    return found ? ok(found) : fail('unknownPillar', { value });
  };
}

/** Between the names in the `segments` cell: a character segment names rarely hold. */
export const SEGMENT_SEPARATOR = ' | ';

/**
 * Audience segments by name (case and accents ignored), `|` between them. A cell that is exactly
 * one segment's name reads as that segment even when the name holds a `|`. An unknown one is an
 * error, as for pillars.
 */
export function segmentReader(
  segments: readonly { id: string; name: string }[],
): (raw: string) => Cell<string[]> {
  const find = (name: string) => segments.find((s) => fold(s.name) === fold(name));
  return (raw) => {
    const value = raw.trim();
    if (value === '') return ok([]);
    const whole = find(value);
    if (whole) return ok([whole.id]);
    const ids: string[] = [];
    for (const name of value.split('|').map((n) => n.trim())) {
      if (name === '') continue;
      const found = find(name);
      if (!found) return fail('unknownSegment', { value: name });
      if (!ids.includes(found.id)) ids.push(found.id);
    }
    return ok(ids);
  };
}
