/**
 * Some networks' post ids carry the time the post was made, which fills what their exports leave
 * out: X's current export gives a date without a time, TikTok's a day and month without a year.
 * BigInt, because these ids pass 2^53.
 */
import { addDays, type IsoDate, isIsoDate, utcMsToDate } from '../calendar/dates.ts';

export type IdClock = 'snowflake' | 'tiktok';

/** X's epoch (4 November 2010) in ms; the time sits above the id's 22 low bits. */
const TWITTER_EPOCH = 1_288_834_974_657n;
/** Ids before snowflakes (2010) were counters, far below this: they carry no time. */
const SNOWFLAKE_MIN = 10n ** 12n;
const ID_END = 2n ** 64n;
/** TikTok video ids hold Unix seconds in their top 32 bits; its first videos date from 2016. */
const TIKTOK_FIRST_MS = Date.UTC(2016, 0, 1);

/** The time an id says it was made, in ms since the epoch; null for an id that carries none. */
export function idTime(id: string, clock: IdClock): number | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  const n = BigInt(id);
  // Both are unsigned 64-bit numbers; twenty digits can say more.
  if (n >= ID_END) return null;
  if (clock === 'snowflake') return n < SNOWFLAKE_MIN ? null : Number((n >> 22n) + TWITTER_EPOCH);
  const ms = Number(n >> 32n) * 1000;
  return ms < TIKTOK_FIRST_MS ? null : ms;
}

const candidate = (year: number, month: number, day: number): IsoDate | null => {
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(date) ? date : null;
};

/** The latest date with this day and month not after `reference` (29 February: a leap year's). */
export function latestNotAfter(month: number, day: number, reference: IsoDate): IsoDate | null {
  const year = Number(reference.slice(0, 4));
  for (let y = year; y >= year - 8; y--) {
    const date = candidate(y, month, day);
    if (date !== null && date <= reference) return date;
  }
  return null;
}

/**
 * The first date with this day and month from the day before the id's time on: a video is
 * published when it is made or later (scheduled), and the day before allows for the zones.
 */
export function firstFromIdTime(month: number, day: number, ms: number): IsoDate | null {
  const from = addDays(utcMsToDate(ms), -1);
  const year = Number(from.slice(0, 4));
  for (let y = year; y <= year + 8; y++) {
    const date = candidate(y, month, day);
    if (date !== null && date >= from) return date;
  }
  return null;
}
