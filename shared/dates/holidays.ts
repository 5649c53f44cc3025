import { weekday } from '../calendar/dates.ts';
import { type DateEntry, defineSet, type EntrySpec, easter, nth, on } from './entry.ts';
import {
  christmasBankHolidays,
  isoDay,
  MONDAY,
  mondayIfWeekend,
  nthWeekday,
  SUNDAY,
  weekdayOnOrBefore,
} from './rules.ts';

/** Public holidays: France, Belgium, Switzerland, Canada, England and Wales. */

const holiday = (id: string, rule: EntrySpec['rule'], more: Partial<EntrySpec> = {}): EntrySpec => ({
  id,
  kind: 'holiday',
  rule,
  ...more,
});
/** A bank holiday given once. */
const oneOff = (id: string, year: number, month: number, day: number): EntrySpec =>
  holiday(id, () => isoDay(year, month, day), { since: year, until: year });

const france = defineSet('fr-holidays', [
  holiday('fr-jour-de-l-an', on(1, 1)),
  holiday('fr-lundi-de-paques', easter(1)),
  // A paid day off by the law of 30 April 1947.
  holiday('fr-fete-du-travail', on(5, 1), { since: 1947 }),
  // A holiday again by the law of 2 October 1981 (it was not from 1959).
  holiday('fr-victoire-1945', on(5, 8), { since: 1982 }),
  holiday('fr-ascension', easter(39)),
  // Still a public holiday, though many work it as the "journée de solidarité" since 2005.
  holiday('fr-lundi-de-pentecote', easter(50)),
  holiday('fr-fete-nationale', on(7, 14)),
  holiday('fr-assomption', on(8, 15)),
  holiday('fr-toussaint', on(11, 1)),
  holiday('fr-armistice', on(11, 11), { since: 1922 }),
  holiday('fr-noel', on(12, 25)),
  holiday('fr-vendredi-saint-alsace-moselle', easter(-2)),
  holiday('fr-saint-etienne-alsace-moselle', on(12, 26)),
]);

const belgium = defineSet('be-holidays', [
  holiday('be-nouvel-an', on(1, 1)),
  holiday('be-lundi-de-paques', easter(1)),
  holiday('be-fete-du-travail', on(5, 1)),
  holiday('be-ascension', easter(39)),
  holiday('be-lundi-de-pentecote', easter(50)),
  holiday('be-fete-nationale', on(7, 21)),
  holiday('be-assomption', on(8, 15)),
  holiday('be-toussaint', on(11, 1)),
  holiday('be-armistice', on(11, 11)),
  holiday('be-noel', on(12, 25)),
]);

const switzerland = defineSet('ch-holidays', [
  holiday('ch-nouvel-an', on(1, 1)),
  holiday('ch-saint-berchtold', on(1, 2)),
  holiday('ch-vendredi-saint', easter(-2)),
  holiday('ch-lundi-de-paques', easter(1)),
  holiday('ch-ascension', easter(39)),
  holiday('ch-lundi-de-pentecote', easter(50)),
  holiday('ch-fete-nationale', on(8, 1)),
  holiday('ch-jeune-federal', nth(9, SUNDAY, 3)),
  holiday('ch-noel', on(12, 25)),
  holiday('ch-saint-etienne', on(12, 26)),
]);

/**
 * The days off for Christmas and Boxing Day when they fall on a weekend, as the federal calendar
 * observes them: the same two weekdays as England's, but a Sunday Christmas is kept on Monday 26 and
 * Boxing Day on Tuesday 27.
 */
function canadaChristmas(year: number): { christmas: string; boxingDay: string } {
  const days = christmasBankHolidays(year);
  return weekday(isoDay(year, 12, 25)) === SUNDAY
    ? { christmas: isoDay(year, 12, 26), boxingDay: isoDay(year, 12, 27) }
    : days;
}

const canada = defineSet('ca-holidays', [
  holiday('ca-new-year', (y) => mondayIfWeekend(isoDay(y, 1, 1))),
  // Alberta from 1990; Ontario, Saskatchewan, British Columbia and others followed. Not Québec.
  holiday('ca-family-day', nth(2, MONDAY, 3), { since: 1990 }),
  holiday('ca-good-friday', easter(-2)),
  // The Monday before 25 May.
  holiday('ca-victoria-day', (y) => weekdayOnOrBefore(isoDay(y, 5, 24), MONDAY)),
  holiday('ca-journee-des-patriotes', (y) => weekdayOnOrBefore(isoDay(y, 5, 24), MONDAY), { since: 2003 }),
  // Loi sur la fête nationale: when 24 June is a Sunday, the holiday is the 25th.
  holiday('ca-fete-nationale-du-quebec', (y) =>
    weekday(isoDay(y, 6, 24)) === SUNDAY ? isoDay(y, 6, 25) : isoDay(y, 6, 24),
  ),
  // Holidays Act: when 1 July is a Sunday, the holiday is 2 July.
  holiday('ca-canada-day', (y) => (weekday(isoDay(y, 7, 1)) === SUNDAY ? isoDay(y, 7, 2) : isoDay(y, 7, 1))),
  holiday('ca-civic-holiday', nth(8, MONDAY, 1)),
  holiday('ca-labour-day', nth(9, MONDAY, 1)),
  holiday('ca-truth-and-reconciliation', on(9, 30), { since: 2021 }),
  // The second Monday of October by the proclamation of 1957.
  holiday('ca-thanksgiving', nth(10, MONDAY, 2), { since: 1957 }),
  holiday('ca-remembrance-day', on(11, 11), { since: 1931 }),
  holiday('ca-christmas', (y) => canadaChristmas(y).christmas),
  holiday('ca-boxing-day', (y) => canadaChristmas(y).boxingDay),
]);

const ukEarlyMay = (year: number) =>
  // Moved to 8 May for VE Day's 50th and 75th anniversaries.
  year === 1995 || year === 2020 ? isoDay(year, 5, 8) : nthWeekday(year, 5, MONDAY, 1);

/** Moved for the Golden, Diamond and Platinum Jubilees. */
const UK_SPRING_MOVED: Record<number, string> = {
  2002: '2002-06-04',
  2012: '2012-06-04',
  2022: '2022-06-02',
};

const unitedKingdom = defineSet('uk-holidays', [
  // A bank holiday in England and Wales since 1974; on a weekend, the Monday after.
  holiday('uk-new-year', (y) => mondayIfWeekend(isoDay(y, 1, 1)), { since: 1974 }),
  holiday('uk-good-friday', easter(-2)),
  holiday('uk-easter-monday', easter(1)),
  holiday('uk-early-may', ukEarlyMay, { since: 1978 }),
  // The Spring and Summer bank holidays took their places by the Banking and Financial Dealings Act 1971.
  holiday('uk-spring', (y) => UK_SPRING_MOVED[y] ?? nthWeekday(y, 5, MONDAY, -1), { since: 1971 }),
  holiday('uk-summer', nth(8, MONDAY, -1), { since: 1971 }),
  holiday('uk-christmas', (y) => christmasBankHolidays(y).christmas),
  holiday('uk-boxing-day', (y) => christmasBankHolidays(y).boxingDay),
  oneOff('uk-millennium', 1999, 12, 31),
  oneOff('uk-golden-jubilee', 2002, 6, 3),
  oneOff('uk-royal-wedding', 2011, 4, 29),
  oneOff('uk-diamond-jubilee', 2012, 6, 5),
  oneOff('uk-platinum-jubilee', 2022, 6, 3),
  oneOff('uk-state-funeral', 2022, 9, 19),
  oneOff('uk-coronation', 2023, 5, 8),
]);

export const HOLIDAYS: readonly DateEntry[] = [
  ...france,
  ...belgium,
  ...switzerland,
  ...canada,
  ...unitedKingdom,
];
