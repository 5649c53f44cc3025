import {
  type ActiveSlot,
  AGE_BANDS,
  type AgeBand,
  DAY_PARTS,
  type DayPart,
  GENDERS,
  type Gender,
  type Place,
  type Segment,
  WEEKDAYS,
  type WeekdayId,
} from '../../../shared/domain/segment.ts';

/** "25-34" reads "25–34" (an en dash, as ranges are printed). */
export const ageLabel = (band: AgeBand): string => band.replace('-', '–');

const byShare = <T extends { share: number | null }>(a: T, b: T) => (b.share ?? -1) - (a.share ?? -1);

/** The biggest places first; unshared ones after, in their typed order. */
export const topPlaces = (places: readonly Place[], count = 3): Place[] =>
  [...places].sort(byShare).slice(0, count);

/** Every age band whose share was typed, youngest first: the card draws them all in one bar. */
export const ageShares = (ages: Segment['ages']): { band: AgeBand; share: number }[] =>
  AGE_BANDS.flatMap((band) => {
    const share = ages[band];
    return share === undefined ? [] : [{ band, share }];
  });

/** The genders whose share was typed, in the usual order. */
export const genderSplit = (genders: Segment['genders']): { gender: Gender; share: number }[] =>
  GENDERS.flatMap((gender) => {
    const share = genders[gender];
    return share === undefined ? [] : [{ gender, share }];
  });

/** Per part of the day, the weekdays it is ticked on; the most ticked part first. */
export function activeByPart(active: readonly ActiveSlot[]): { part: DayPart; days: WeekdayId[] }[] {
  const on = new Set(active);
  return DAY_PARTS.map((part) => ({ part, days: WEEKDAYS.filter((d) => on.has(`${d}:${part}`)) }))
    .filter((p) => p.days.length > 0)
    .sort((a, b) => b.days.length - a.days.length);
}

/**
 * Weekdays as runs: Monday to Friday reads "mon–fri", Saturday alone "sat". `name` turns an id into
 * the language's short name.
 */
export function dayRuns(days: readonly WeekdayId[], name: (d: WeekdayId) => string): string[] {
  const runs: WeekdayId[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && WEEKDAYS.indexOf(previous) + 1 === WEEKDAYS.indexOf(day)) run.push(day);
    else runs.push([day]);
  }
  return runs.flatMap((run) => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return [];
    return run.length >= 3 ? [`${name(first)}–${name(last)}`] : run.map(name);
  });
}
