import { addDays } from '../calendar/dates.ts';
import { type DateEntry, defineSet, type EntrySpec, easter, nth, on } from './entry.ts';
import { rentreeScolaire } from './rentree.ts';
import {
  fromEaster,
  isoDay,
  MONDAY,
  nthWeekday,
  SATURDAY,
  SUNDAY,
  THURSDAY,
  usThanksgiving,
  weekdayAfter,
  weekdayOnOrAfter,
} from './rules.ts';
import { SALES_SINCE, salesDays, summerSalesStart, winterSalesStart } from './soldes.ts';

/** The retail and family dates French and English-speaking shops post about. */

const commerce = (id: string, rule: EntrySpec['rule'], more: Partial<EntrySpec> = {}): EntrySpec => ({
  id,
  kind: 'commerce',
  rule,
  ...more,
});

/** The day after US Thanksgiving. */
export const blackFriday = (year: number): string => addDays(usThanksgiving(year), 1);
export const cyberMonday = (year: number): string => weekdayAfter(blackFriday(year), MONDAY);

/**
 * France's Fête des mères (Code de l'action sociale, since 1950): the last Sunday of May; when that
 * Sunday is Pentecost, the first Sunday of June.
 */
export function feteDesMeres(year: number): string {
  const lastSundayOfMay = nthWeekday(year, 5, SUNDAY, -1) ?? isoDay(year, 5, 31);
  return lastSundayOfMay === fromEaster(year, 49) ? addDays(lastSundayOfMay, 7) : lastSundayOfMay;
}

const france = defineSet('fr-commerce', [
  // In France the Épiphanie is kept on the Sunday between 2 and 8 January.
  commerce('fr-epiphanie', (y) => weekdayOnOrAfter(isoDay(y, 1, 2), SUNDAY)),
  commerce('fr-soldes-hiver', winterSalesStart, { days: salesDays, since: SALES_SINCE }),
  commerce('fr-chandeleur', on(2, 2)),
  commerce('fr-saint-valentin', on(2, 14)),
  commerce('fr-mardi-gras', easter(-47)),
  // Started by a coffee brand in 1987.
  commerce('fr-fete-des-grands-meres', nth(3, SUNDAY, 1), { since: 1987 }),
  commerce('fr-poisson-d-avril', on(4, 1)),
  commerce('fr-paques', easter(0)),
  commerce('fr-fete-des-meres', feteDesMeres, { since: 1950 }),
  commerce('fr-fete-des-peres', nth(6, SUNDAY, 3), { since: 1952 }),
  commerce('fr-fete-de-la-musique', on(6, 21), { since: 1982 }),
  commerce('fr-soldes-ete', summerSalesStart, { days: salesDays, since: SALES_SINCE }),
  commerce('fr-rentree-scolaire', rentreeScolaire, { approximate: true }),
  // The third Saturday of September and the Sunday after; European since 2000.
  commerce('fr-journees-du-patrimoine', nth(9, SATURDAY, 3), { days: 2, since: 2000 }),
  commerce('fr-halloween', on(10, 31)),
  // Released on the third Thursday of November since 1985.
  commerce('fr-beaujolais-nouveau', nth(11, THURSDAY, 3), { since: 1985 }),
  commerce('fr-black-friday', blackFriday),
  commerce('fr-cyber-monday', cyberMonday),
  commerce('fr-noel-commerce', on(12, 25)),
  commerce('fr-reveillon-nouvel-an', on(12, 31)),
]);

const english = defineSet('en-commerce', [
  commerce('en-valentines-day', on(2, 14)),
  // The fourth Sunday of Lent, three weeks before Easter.
  commerce('en-mothering-sunday', easter(-21)),
  commerce('en-mothers-day', nth(5, SUNDAY, 2)),
  commerce('en-fathers-day', nth(6, SUNDAY, 3)),
  commerce('en-halloween', on(10, 31)),
  commerce('en-bonfire-night', on(11, 5)),
  commerce('en-black-friday', blackFriday),
  commerce('en-cyber-monday', cyberMonday),
  commerce('en-christmas-eve', on(12, 24)),
  commerce('en-boxing-day-sales', on(12, 26)),
]);

export const COMMERCE: readonly DateEntry[] = [...france, ...english];
