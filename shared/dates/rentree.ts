import { addDays, weekday } from '../calendar/dates.ts';
import { FRIDAY, isoDay, MONDAY, SATURDAY, SUNDAY, WEDNESDAY, weekdayOnOrAfter } from './rules.ts';

/**
 * La rentrée scolaire in France: pupils' first day, which the Ministry of Education sets in each
 * school calendar, so it is an estimate. The usual pattern: 1 September on a Monday, Tuesday or
 * Thursday; a Wednesday gives way to Thursday 2; a Friday or a weekend to the Monday after.
 * It gives every rentrée from 2015 to 2025 (Thursday 2 September 2021, Monday 4 September 2023…);
 * earlier years did not always follow it (2014 started on Tuesday 2 September).
 */
export function rentreeScolaire(year: number): string {
  const first = isoDay(year, 9, 1);
  switch (weekday(first)) {
    case WEDNESDAY:
      return addDays(first, 1);
    case FRIDAY:
    case SATURDAY:
    case SUNDAY:
      return weekdayOnOrAfter(first, MONDAY);
    default:
      return first;
  }
}
