import { dateToUtcMs, type IsoDate, type LocalTime, utcMsToDate } from './dates.ts';

/**
 * Wall-clock time in an IANA zone ↔ UTC instants, with Intl only. Posts are stored as UTC
 * instants and shown on the client's wall clock; these two functions are the only bridge.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** The zone's wall clock at an instant, as milliseconds read as if they were UTC. */
function wallMs(instantMs: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(instantMs)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  return Date.UTC(year, month - 1, day, hour, minute, second) + (instantMs % 1000);
}

/** Offset of the zone from UTC at an instant, in milliseconds (Paris in summer: +2 h). */
export const offsetAt = (instantMs: number, zone: string): number => wallMs(instantMs, zone) - instantMs;

/** Which of the two instants a wall-clock time that happens twice (the autumn change) means. */
export type Occurrence = 'earlier' | 'later';

/** Every instant a wall-clock time happens at: none in a spring-forward gap, two in the autumn overlap. */
function instantsOf(wall: number, zone: string): number[] {
  const before = offsetAt(wall - DAY_MS, zone);
  const after = offsetAt(wall + DAY_MS, zone);
  // Most days have one offset on both sides: one candidate to check, one formatter call saved.
  const candidates = before === after ? [wall - before] : [wall - before, wall - after];
  const found = candidates.filter((t) => offsetAt(t, zone) === wall - t);
  return [...new Set(found)].sort((a, b) => a - b);
}

/**
 * The instant a wall-clock time happens in a zone. Like Temporal's "compatible" choice:
 * a time skipped by a spring-forward gap (02:30 on 29 March 2026 in Paris) moves forward by the
 * gap (03:30); a time that happens twice in the autumn (02:30 on 25 October) takes the first,
 * unless the second is asked for.
 */
export function wallToInstantMs(wall: number, zone: string, occurrence: Occurrence = 'earlier'): number {
  const instants = instantsOf(wall, zone);
  const chosen = occurrence === 'later' ? instants.at(-1) : instants[0];
  return chosen ?? wall - offsetAt(wall - DAY_MS, zone);
}

const wallOf = (date: IsoDate, time: LocalTime): number => {
  const [h, m] = time.split(':').map(Number);
  return dateToUtcMs(date) + (h ?? 0) * HOUR_MS + (m ?? 0) * 60_000;
};

export function zonedToUtc(
  date: IsoDate,
  time: LocalTime,
  zone: string,
  occurrence: Occurrence = 'earlier',
): string {
  return new Date(wallToInstantMs(wallOf(date, time), zone, occurrence)).toISOString();
}

/**
 * `zonedToUtc` with the wall clock of the instant it gives (what `utcToZoned` would say), for a
 * post being planned: that is the time asked for unless a spring-forward gap moved it. Away from
 * a clock change it asks no formatter, from the offsets the process has learnt (`steadyOffset`);
 * `zonedToUtc` stays the reference it is tested against.
 */
export function plannedInstant(
  date: IsoDate,
  time: LocalTime,
  zone: string,
  occurrence: Occurrence = 'earlier',
): { instant: string; wall: ZonedParts } {
  const wall = wallOf(date, time);
  // The instant lies within 14 hours of the wall time: with one offset over the UTC days on both
  // sides (no clock change near), it is the wall time less that offset, and its wall clock is the one asked for.
  const day = Math.floor(wall / DAY_MS);
  const offset = steadyOffset(zone, day);
  if (offset !== null && steadyOffset(zone, day - 1) === offset && steadyOffset(zone, day + 1) === offset)
    return { instant: new Date(wall - offset).toISOString(), wall: wallParts(wall) };
  // Near a clock change (a few days a year), the reference way.
  const instant = wallToInstantMs(wall, zone, occurrence);
  return { instant: new Date(instant).toISOString(), wall: utcToZoned(instant, zone) };
}

/**
 * What a clock change does to a wall-clock time: nothing (`normal`), skips it (`skipped`, with the
 * instant used instead), or makes it happen twice (`repeated`, both instants with their offsets).
 */
export type WallTimeFate =
  | { kind: 'normal' }
  | { kind: 'skipped'; instant: string; shownAs: LocalTime }
  | { kind: 'repeated'; earlier: string; later: string; earlierOffsetMs: number; laterOffsetMs: number };

export function wallTimeFate(date: IsoDate, time: LocalTime, zone: string): WallTimeFate {
  const wall = wallOf(date, time);
  const instants = instantsOf(wall, zone);
  const [first, second] = instants;
  if (first === undefined) {
    const instant = wallToInstantMs(wall, zone);
    return {
      kind: 'skipped',
      instant: new Date(instant).toISOString(),
      shownAs: utcToZoned(instant, zone).time,
    };
  }
  if (second === undefined) return { kind: 'normal' };
  return {
    kind: 'repeated',
    earlier: new Date(first).toISOString(),
    later: new Date(second).toISOString(),
    earlierOffsetMs: wall - first,
    laterOffsetMs: wall - second,
  };
}

/** Which occurrence of its wall-clock time an instant is: `later` only for the second of an autumn pair. */
export function occurrenceOf(instant: string, zone: string): Occurrence {
  const local = utcToZoned(instant, zone);
  const fate = wallTimeFate(local.date, local.time, zone);
  return fate.kind === 'repeated' && Date.parse(fate.later) === Date.parse(instant) ? 'later' : 'earlier';
}

export interface ZonedParts {
  date: IsoDate;
  time: LocalTime;
  /** Minutes since the wall clock's midnight, for placing a card in a day column. */
  minutes: number;
}

function wallParts(wall: number, dateOf: (wall: number) => IsoDate = utcMsToDate): ZonedParts {
  const minutes = Math.floor((((wall % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return { date: dateOf(wall), time: `${hh}:${mm}`, minutes };
}

export function utcToZoned(instant: string | number, zone: string): ZonedParts {
  return wallParts(wallMs(typeof instant === 'number' ? instant : Date.parse(instant), zone));
}

/** The instant a wall-calendar day starts in a zone (a range query's bound). */
export const startOfZonedDay = (date: IsoDate, zone: string): string => zonedToUtc(date, '00:00', zone);

/** One clock per zone for the process: today is asked at every save of numbers (see `zonedClock`). */
const clocks = new Map<string, (instantMs: number) => ZonedParts>();

/** Today on the zone's wall calendar. */
export function zonedToday(now: Date, zone: string): IsoDate {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = zonedClock(zone);
    clocks.set(zone, clock);
  }
  return clock(now.getTime()).date;
}

/** Each zone's offsets by UTC day, learnt once per process (a day is a few bytes). */
const steadyOffsets = new Map<string, Map<number, number | null>>();

/**
 * The zone's offset over a whole UTC day, or null on a day the clocks change: the same offset at
 * the day's start and at the next day's means none in between (a zone changes at most once a day).
 */
function steadyOffset(zone: string, day: number): number | null {
  let byDay = steadyOffsets.get(zone);
  if (!byDay) {
    byDay = new Map();
    steadyOffsets.set(zone, byDay);
  }
  let offset = byDay.get(day);
  if (offset === undefined) {
    const start = offsetAt(day * DAY_MS, zone);
    offset = start === offsetAt((day + 1) * DAY_MS, zone) ? start : null;
    byDay.set(day, offset);
  }
  return offset;
}

/**
 * `utcToZoned` for thousands of instants (a year of posts on the dashboard): a zone's offset changes
 * at most once a UTC day, so it is looked up twice per day instead of once per instant.
 */
export function zonedClock(zone: string): (instantMs: number) => ZonedParts {
  // Formatting a date is the costly part once the offset is known: once per wall-calendar day.
  const dates = new Map<number, IsoDate>();
  const dateOf = (wall: number) => {
    const day = Math.floor(wall / DAY_MS);
    let date = dates.get(day);
    if (date === undefined) {
      date = utcMsToDate(day * DAY_MS);
      dates.set(day, date);
    }
    return date;
  };
  return (instantMs) => {
    const offset = steadyOffset(zone, Math.floor(instantMs / DAY_MS));
    return offset === null ? utcToZoned(instantMs, zone) : wallParts(instantMs + offset, dateOf);
  };
}
