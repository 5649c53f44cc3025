import { addDays, type IsoDate, startOfWeek } from '../../../shared/calendar/dates.ts';

/**
 * The week a client approves by default: the one after this week, Monday to Sunday — what a
 * freelancer sends on Thursday for the week to come. `to` is the day after the last (the contract's).
 */
export function nextWeek(today: IsoDate): { from: IsoDate; to: IsoDate } {
  const from = addDays(startOfWeek(today, 1), 7);
  return { from, to: addDays(from, 7) };
}
