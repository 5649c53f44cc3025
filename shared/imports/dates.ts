/**
 * The dates and times exports write, each read one strict way: a date that cannot be read is a
 * problem on its row, never a guess (03/04 is March in Meta's files and April in a French sheet).
 */
import { type IsoDate, isIsoDate, isLocalTime, type LocalTime } from '../calendar/dates.ts';
import { isWeekday, monthOf } from './month-names.ts';

export const DATE_STYLES = [
  /** Meta Business Suite: `10/06/2026 14:05`, month first, on the page's clock (no zone given). */
  'monthFirstTime',
  /** LinkedIn: `10/06/2026`, month first. */
  'monthFirst',
  /** Meta's daily series: `2026-10-01T00:00:00` (or a bare `2026-10-01`), no zone given. */
  'isoLocal',
  /** X's legacy activity: `2026-10-06 06:12 +0000`, an instant. */
  'isoOffset',
  /** A day and a month name, with or without a year or weekday: X, YouTube, TikTok. */
  'words',
] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/**
 * What a date cell says. `local` is a wall-clock date (and time) on a clock the file does not name:
 * the next layer reads it on the channel's client's zone. `noYear` still needs a year (TikTok).
 */
export type CellDate =
  | { kind: 'instant'; at: string }
  | { kind: 'local'; date: IsoDate; time: LocalTime | null }
  | { kind: 'noYear'; month: number; day: number };

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function local(y: number, m: number, d: number, time: string | null): CellDate | null {
  const date = isoDate(y, m, d);
  if (!isIsoDate(date) || (time !== null && !isLocalTime(time))) return null;
  return { kind: 'local', date, time };
}

const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/;

function monthFirst(text: string, withTime: boolean): CellDate | null {
  const m = MONTH_FIRST.exec(text);
  if (!m || (m[4] !== undefined) !== withTime) return null;
  const time = m[4] === undefined ? null : `${pad(Number(m[4]))}:${m[5]}`;
  return local(Number(m[3]), Number(m[1]), Number(m[2]), time);
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?$/;

function isoLocal(text: string): CellDate | null {
  const m = ISO_LOCAL.exec(text);
  if (!m) return null;
  // A series' day is written as its midnight: the day is what counts, not a time.
  const time = m[4] === undefined || (m[4] === '00' && m[5] === '00') ? null : `${m[4]}:${m[5]}`;
  return local(Number(m[1]), Number(m[2]), Number(m[3]), time);
}

const ISO_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?\s*(Z|[+-]\d{2}:?\d{2})$/;

function isoOffset(text: string): CellDate | null {
  const m = ISO_OFFSET.exec(text);
  if (!m || local(Number(m[1]), Number(m[2]), Number(m[3]), `${m[4]}:${m[5]}`) === null) return null;
  const zone = m[7] === 'Z' ? 'Z' : `${m[7]?.slice(0, 3)}:${m[7]?.slice(-2)}`;
  const ms = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
  return Number.isNaN(ms) ? null : { kind: 'instant', at: new Date(ms).toISOString() };
}

/** Words between the parts of a written date: `12 de octubre`, `25th`, `1er`. */
const FILLERS = new Set(['de', 'del', 'of', 'st', 'nd', 'rd', 'th', 'er']);

function words(text: string): CellDate | null {
  const tokens = text.match(/\p{L}+|\d+/gu) ?? [];
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  const names = tokens.filter((t) => !/^\d+$/.test(t) && !FILLERS.has(t.toLowerCase()));
  // `mar` is March in English and Tuesday in French: a name that can only be a month wins.
  const months = names.filter((n) => monthOf(n) !== undefined);
  const sure = months.filter((n) => !isWeekday(n));
  const month = sure.length === 1 ? sure[0] : months.length === 1 ? months[0] : undefined;
  if (month === undefined || names.some((n) => n !== month && !isWeekday(n))) return null;
  const years = numbers.filter((n) => n.length === 4);
  const days = numbers.filter((n) => n.length <= 2);
  if (days.length !== 1 || years.length > 1 || days.length + years.length !== numbers.length) return null;
  const m = monthOf(month) ?? 0;
  const d = Number(days[0]);
  if (years[0] !== undefined) return local(Number(years[0]), m, d, null);
  // 29 February is checked against a leap year; the year given later must have it too.
  return isIsoDate(isoDate(2028, m, d)) ? { kind: 'noYear', month: m, day: d } : null;
}

export function readDateCell(text: string, style: DateStyle): CellDate | null {
  const t = text.trim();
  switch (style) {
    case 'monthFirstTime':
      return monthFirst(t, true);
    case 'monthFirst':
      return monthFirst(t, false);
    case 'isoLocal':
      return isoLocal(t);
    case 'isoOffset':
      return isoOffset(t);
    case 'words':
      return words(t);
  }
}

/** For a mapped file: the styles that cannot be read two ways; slashed dates need their style said. */
const UNAMBIGUOUS: readonly DateStyle[] = ['isoOffset', 'isoLocal', 'words'];

export function readAnyDate(text: string): CellDate | null {
  for (const style of UNAMBIGUOUS) {
    const read = readDateCell(text, style);
    if (read) return read;
  }
  return null;
}
