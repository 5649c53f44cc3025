import { addDays, addMonths, daysBetween, type IsoDate } from '../../../shared/calendar/dates.ts';
import { IDEA_TITLE_MAX, type IdeaCreate } from '../../../shared/domain/idea.ts';
import type { TrendNote } from '../../../shared/domain/trend-note.ts';

/** How long a trend stays current, from the day it is noted. */
export const TREND_SPANS = ['week1', 'week2', 'month1', 'month3'] as const;
export type TrendSpan = (typeof TREND_SPANS)[number];

/**
 * The same day `months` later, or the month's last day when it is shorter (30 November + 3 months
 * is 28 February): the calendar's addMonths gives a month's first day.
 */
export function monthsLater(date: IsoDate, months: number): IsoDate {
  const first = addMonths(date, months);
  const lastOfMonth = addDays(addMonths(first, 1), -1);
  const day = `${first.slice(0, 8)}${date.slice(8, 10)}`;
  return day > lastOfMonth ? lastOfMonth : day;
}

/** The first day the note is no longer shown. */
export function expiresOn(today: IsoDate, span: TrendSpan): IsoDate {
  switch (span) {
    case 'week1':
      return addDays(today, 7);
    case 'week2':
      return addDays(today, 14);
    case 'month1':
      return monthsLater(today, 1);
    case 'month3':
      return monthsLater(today, 3);
  }
}

/** The last day a note is current (the day before it expires). */
export const lastDay = (trend: Pick<TrendNote, 'expiresOn'>): IsoDate => addDays(trend.expiresOn, -1);

/** Days it stays current after today: 0 on its last day, below 0 once expired. */
export const daysLeft = (trend: Pick<TrendNote, 'expiresOn'>, today: IsoDate): number =>
  daysBetween(today, lastDay(trend));

export const isExpired = (trend: Pick<TrendNote, 'expiresOn'>, today: IsoDate): boolean =>
  trend.expiresOn <= today;

/** Text cut to `max` characters at a word, with an ellipsis, or whole when it fits. */
export function cutAtWord(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}…`;
}

/**
 * A trend made into an idea: its words as the title (all of them in the notes when the title had
 * to be cut), its link as the source, its network as the target, and its last current day as the
 * "use before". It goes to the trend's bank: a shared trend makes a shared idea.
 */
export function ideaFromTrend(trend: TrendNote): IdeaCreate {
  const title = cutAtWord(trend.text, IDEA_TITLE_MAX);
  return {
    clientId: trend.clientId,
    title,
    notes: title === trend.text.trim() ? '' : trend.text.trim(),
    sourceUrl: trend.url,
    network: trend.network,
    useBefore: lastDay(trend),
  };
}
