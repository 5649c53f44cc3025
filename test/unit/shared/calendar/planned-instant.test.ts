import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../shared/calendar/dates.ts';
import {
  type Occurrence,
  plannedInstant,
  utcToZoned,
  zonedToday,
  zonedToUtc,
} from '../../../../shared/calendar/zoned.ts';

/**
 * Zones with their clock changes of 2026 (or none): an hour, half an hour, south and north; then
 * changes of another kind, which a day-by-day shortcut must survive: Samoa skipping 30 December
 * 2011 across the date line, Nepal's quarter hour from 1986, Venezuela's half hour back in 2016.
 */
const ZONES: [string, string[]][] = [
  ['Pacific/Apia', ['2011-12-30']],
  ['Asia/Kathmandu', ['1986-01-01']],
  ['America/Caracas', ['2016-05-01']],
  ['Europe/Paris', ['2026-03-29', '2026-10-25']],
  ['America/New_York', ['2026-03-08', '2026-11-01']],
  ['Australia/Lord_Howe', ['2026-04-05', '2026-10-04']],
  ['America/Santiago', ['2026-04-05', '2026-09-06']],
  ['Pacific/Chatham', ['2026-04-05', '2026-09-27']],
  ['Asia/Kolkata', ['2026-03-29']],
];

const times = Array.from({ length: 96 }, (_, i) => {
  const minutes = i * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

describe('plannedInstant: zonedToUtc and the wall clock of its answer in one go', () => {
  it.each(ZONES)('agrees with zonedToUtc then utcToZoned around the clock changes in %s', (zone, changes) => {
    for (const change of changes)
      for (const date of [addDays(change, -1), change, addDays(change, 1)])
        for (const time of times)
          for (const occurrence of ['earlier', 'later'] as Occurrence[]) {
            const instant = zonedToUtc(date, time, zone, occurrence);
            expect(plannedInstant(date, time, zone, occurrence)).toEqual({
              instant,
              wall: utcToZoned(instant, zone),
            });
          }
  });
});

describe("zonedToday from the process's clock of the zone", () => {
  it.each(ZONES)(
    'says what utcToZoned says, every quarter hour around the clock changes in %s',
    (zone, changes) => {
      for (const change of changes) {
        const from = Date.parse(`${addDays(change, -1)}T00:00:00Z`);
        for (let at = from; at < from + 3 * 86_400_000; at += 900_000)
          expect(zonedToday(new Date(at), zone)).toBe(utcToZoned(at, zone).date);
      }
    },
  );
});
