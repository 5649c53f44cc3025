import { addDays } from '../calendar/dates.ts';
import { isoDay, nthWeekday, WEDNESDAY } from './rules.ts';

/**
 * France's national sales periods (soldes), as the Code de commerce has set them since 2009
 * (loi de modernisation de l'économie). A few departments (border areas, Corsica, overseas) keep
 * their own dates; the catalogue gives the national ones.
 */

/** Years the government moved a start date by decree (COVID-19). */
const WINTER_MOVED: Record<number, string> = { 2021: '2021-01-20' };
const SUMMER_MOVED: Record<number, string> = { 2020: '2020-07-15', 2021: '2021-06-30' };

const dayOfMonth = (date: string) => Number(date.slice(8, 10));

/** The second Wednesday of January, or the first when the second falls after the 12th. */
export function winterSalesStart(year: number): string {
  const moved = WINTER_MOVED[year];
  if (moved) return moved;
  const second = nthWeekday(year, 1, WEDNESDAY, 2) ?? isoDay(year, 1, 14);
  return dayOfMonth(second) > 12 ? addDays(second, -7) : second;
}

/** The last Wednesday of June, or the one before when the last falls after the 28th. */
export function summerSalesStart(year: number): string {
  const moved = SUMMER_MOVED[year];
  if (moved) return moved;
  const last = nthWeekday(year, 6, WEDNESDAY, -1) ?? isoDay(year, 6, 30);
  return dayOfMonth(last) > 28 ? addDays(last, -7) : last;
}

/** Days each period lasts: 5 weeks (2009–2014), 6 weeks (loi Pinel, 2015–2019), 4 weeks (loi PACTE, since 2020). */
export const salesDays = (year: number): number => (year >= 2020 ? 28 : year >= 2015 ? 42 : 35);

export const SALES_SINCE = 2009;
