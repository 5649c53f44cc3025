import { addDays } from '../calendar/dates.ts';
import { type DateEntry, defineSet, type EntrySpec, on } from './entry.ts';
import { usThanksgiving } from './rules.ts';

/**
 * International days businesses post about, on the day the UN or their organisers set, and
 * month-long campaigns. `since` is the first year it was held on that day.
 */

const observance = (id: string, rule: EntrySpec['rule'], more: Partial<EntrySpec> = {}): EntrySpec => ({
  id,
  kind: 'observance',
  rule,
  ...more,
});

export const WORLD_DAYS: readonly DateEntry[] = defineSet('world-days', [
  observance('world-dry-january', on(1, 1), { days: 31, since: 2013 }),
  observance('world-womens-day', on(3, 8)),
  observance('world-water-day', on(3, 22), { since: 1993 }),
  observance('world-health-day', on(4, 7), { since: 1950 }),
  observance('world-earth-day', on(4, 22), { since: 1970 }),
  observance('world-book-day', on(4, 23), { since: 1996 }),
  observance('world-environment-day', on(6, 5), { since: 1974 }),
  observance('world-oceans-day', on(6, 8), { since: 2009 }),
  observance('world-yoga-day', on(6, 21), { since: 2015 }),
  observance('world-social-media-day', on(6, 30), { since: 2010 }),
  observance('world-chocolate-day', on(7, 7), { since: 2009 }),
  observance('world-friendship-day', on(7, 30), { since: 2011 }),
  observance('world-photography-day', on(8, 19), { since: 2010 }),
  observance('world-tourism-day', on(9, 27), { since: 1980 }),
  observance('world-pink-october', on(10, 1), { days: 31, since: 1994 }),
  observance('world-coffee-day', on(10, 1), { since: 2015 }),
  observance('world-mental-health-day', on(10, 10), { since: 1992 }),
  observance('world-food-day', on(10, 16), { since: 1981 }),
  observance('world-movember', on(11, 1), { days: 30, since: 2003 }),
  observance('world-mois-sans-tabac', on(11, 1), { days: 30, since: 2016 }),
  observance('world-kindness-day', on(11, 13), { since: 1998 }),
  // The Tuesday after US Thanksgiving.
  observance('world-giving-tuesday', (y) => addDays(usThanksgiving(y), 5), { since: 2012 }),
]);
