import { COMMERCE } from './commerce.ts';
import type { DateEntry } from './entry.ts';
import { HOLIDAYS } from './holidays.ts';
import { WORLD_DAYS } from './world-days.ts';

export type { DateEntry, DateKind, DateSetId } from './entry.ts';
export { DATE_SETS } from './entry.ts';

/** Every built-in recurring date, set by set. Names: i18n `dates.names.<id>`; sets: `dates.sets.<set>`. */
export const CATALOGUE: readonly DateEntry[] = Object.freeze([...HOLIDAYS, ...COMMERCE, ...WORLD_DAYS]);

const byId = new Map(CATALOGUE.map((entry) => [entry.id, entry]));

/** One built-in date by its id (to turn it into an idea), or undefined for an id it does not know. */
export const dateEntry = (id: string): DateEntry | undefined => byId.get(id);
