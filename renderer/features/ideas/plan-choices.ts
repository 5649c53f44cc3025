import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { NetworkId } from '../../../shared/networks.ts';

/** The hour a planned idea starts at; the calendar moves it in a keystroke. */
export const DEFAULT_TIME = '09:00';

/** The days offered at one keystroke each: this week ahead, from today. */
export const DAY_CHOICES = 7;

/** The client's live channels, those on the idea's network first (the first is the default). */
export function channelsFor(channels: readonly Channel[], network: NetworkId | null): Channel[] {
  const live = channels.filter((c) => !c.archived);
  return [...live.filter((c) => c.network === network), ...live.filter((c) => c.network !== network)];
}

export const dayChoices = (today: IsoDate, count = DAY_CHOICES): IsoDate[] =>
  Array.from({ length: count }, (_, i) => addDays(today, i));

/**
 * The day offered first: tomorrow, since today's slots are usually gone by the time an idea is
 * planned, unless the idea must be used today.
 */
export function defaultDay(today: IsoDate, useBefore: IsoDate | null): IsoDate {
  const tomorrow = addDays(today, 1);
  return useBefore !== null && useBefore < tomorrow ? today : tomorrow;
}

/** Planning after the idea's last useful day deserves a word, not a refusal. */
export const pastUseBefore = (day: IsoDate, useBefore: IsoDate | null): boolean =>
  useBefore !== null && day > useBefore;
