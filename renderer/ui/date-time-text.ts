import {
  addDays,
  addMonths,
  type IsoDate,
  isIsoDate,
  isLocalTime,
  type LocalTime,
} from '../../shared/calendar/dates.ts';
import type { Language } from '../../shared/domain/prefs.ts';

/**
 * Dates and times as people type them in the app's language, whatever the browser's or the
 * system's locale (`<input type="date">` follows the system: it showed 12/05/2026 and "09:00 AM"
 * inside the French UI). The English UI writes dates and times the British way, as the rest of the
 * app does (`formatDateTime`: "2 Nov 2026, 14:05"): day first, 24-hour clock.
 */
export interface TypedCodec {
  /** The stored value (ISO) as the field shows it; '' stays ''. */
  show: (value: string) => string;
  /** While typing: only a complete entry counts, so a year half-typed never becomes 2020. */
  readStrict: (text: string) => string | null;
  /** On leaving the field: shorter forms too (2-digit year, `9h30`, `930`). */
  readLoose: (text: string) => string | null;
  /** The value after an arrow or page key, or null when the key does not step. */
  step: (value: string, key: string) => string | null;
  /** What the field expects, e.g. `jj/mm/aaaa`, for its placeholder. */
  pattern: string;
}

/** The order of day, month and year, and the words of the placeholder, per UI language. */
const DATE_STYLE: Record<Language, { order: 'dmy' | 'mdy'; pattern: string }> = {
  fr: { order: 'dmy', pattern: 'jj/mm/aaaa' },
  en: { order: 'dmy', pattern: 'dd/mm/yyyy' },
};

const pad = (n: number | string) => String(n).padStart(2, '0');

function readDate(text: string, language: Language, loose: boolean): IsoDate | null {
  const value = text.trim();
  if (isIsoDate(value)) return value;
  const m = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/.exec(value);
  if (!m) return null;
  const [a, b, y] = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
  // While typing, only a whole date counts: "1/05/2026" on the way from 12/05 to 15/05 is not 1 May.
  if (!loose && (a.length !== 2 || b.length !== 2 || y.length !== 4)) return null;
  const year = y.length === 2 ? `20${y}` : y;
  const [day, month] = DATE_STYLE[language].order === 'dmy' ? [a, b] : [b, a];
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return isIsoDate(iso) ? iso : null;
}

function showDate(value: string, language: Language): string {
  if (!isIsoDate(value)) return value;
  const [y, m, d] = [value.slice(0, 4), value.slice(5, 7), value.slice(8, 10)];
  return DATE_STYLE[language].order === 'dmy' ? `${d}/${m}/${y}` : `${m}/${d}/${y}`;
}

/** The same day of another month, or its last day when the month is shorter (31 Jan → 28 Feb). */
function sameDayIn(value: IsoDate, months: number): IsoDate {
  const first = addMonths(value, months);
  const day = Number(value.slice(8, 10));
  const last = Number(addDays(addMonths(first, 1), -1).slice(8, 10));
  return `${first.slice(0, 8)}${pad(Math.min(day, last))}`;
}

const DATE_STEPS: Record<string, (d: IsoDate) => IsoDate> = {
  ArrowUp: (d) => addDays(d, 1),
  ArrowDown: (d) => addDays(d, -1),
  PageUp: (d) => sameDayIn(d, 1),
  PageDown: (d) => sameDayIn(d, -1),
};

export const dateCodec = (language: Language): TypedCodec => ({
  show: (value) => showDate(value, language),
  readStrict: (text) => readDate(text, language, false),
  readLoose: (text) => readDate(text, language, true),
  step: (value, key) => {
    const move = DATE_STEPS[key];
    return move && isIsoDate(value) ? move(value) : null;
  },
  pattern: DATE_STYLE[language].pattern,
});

/** `14:05`, also `14h05` (French), `14.05`, `1405`, `9` and `9:30 pm` when leaving the field. */
function readTime(text: string, loose: boolean): LocalTime | null {
  const value = text.trim().toLowerCase();
  if (isLocalTime(value)) return value;
  const strict = /^(\d{1,2})\s*[:h.]\s*(\d{2})$/.exec(value);
  const m =
    strict ??
    (loose ? /^(\d{1,2})\s*(?:[:h.]\s*(\d{2})?|(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(value) : null);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = m[2] ?? m[3] ?? '00';
  const suffix = strict ? undefined : m[4];
  if (suffix) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (suffix.startsWith('p') ? 12 : 0);
  }
  const time = `${pad(hours)}:${minutes}`;
  return isLocalTime(time) ? time : null;
}

const MINUTES_A_DAY = 24 * 60;
/** Arrows move a quarter of an hour (posts are planned on round times), page keys an hour. */
const QUARTER = 15;
const TIME_STEPS: Record<string, number> = {
  ArrowUp: QUARTER,
  ArrowDown: -QUARTER,
  PageUp: 60,
  PageDown: -60,
};

function stepTime(value: string, key: string): LocalTime | null {
  const by = TIME_STEPS[key];
  if (by === undefined || !isLocalTime(value)) return null;
  const minutes = Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
  // From 09:10 the arrows go to 09:15 or 09:00, the next quarter that way; page keys keep the minutes.
  const quarter = Math.abs(by) === QUARTER;
  const moved = !quarter
    ? minutes + by
    : by > 0
      ? Math.floor(minutes / QUARTER) * QUARTER + QUARTER
      : Math.ceil(minutes / QUARTER) * QUARTER - QUARTER;
  const next = (moved + MINUTES_A_DAY) % MINUTES_A_DAY;
  return `${pad(Math.floor(next / 60))}:${pad(next % 60)}`;
}

/** The same in both languages: 24-hour, as `formatDateTime` shows times in both. */
export const timeCodec: TypedCodec = {
  show: (value) => value,
  readStrict: (text) => readTime(text, false),
  readLoose: (text) => readTime(text, true),
  step: stepTime,
  pattern: 'hh:mm',
};
