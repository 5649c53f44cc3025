import { describe, expect, it } from 'vitest';
import { days } from '../../../../shared/calendar/dates.ts';
import {
  offsetAt,
  startOfZonedDay,
  utcToZoned,
  zonedClock,
  zonedToday,
  zonedToUtc,
} from '../../../../shared/calendar/zoned.ts';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;
const hoursBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / HOUR;
/** How long the zone's wall calendar takes from one midnight to another, in hours. */
const hoursBetweenMidnights = (from: string, to: string, zone = PARIS) =>
  hoursBetween(startOfZonedDay(from, zone), startOfZonedDay(to, zone));

describe('zonedToUtc and utcToZoned', () => {
  it.each([
    ['2026-03-23', '10:00', PARIS, '2026-03-23T09:00:00.000Z'],
    ['2026-07-01', '10:00', PARIS, '2026-07-01T08:00:00.000Z'],
    ['2026-01-01', '00:00', PARIS, '2025-12-31T23:00:00.000Z'],
    ['2026-01-15', '09:00', 'America/New_York', '2026-01-15T14:00:00.000Z'],
    ['2026-07-15', '09:00', 'America/New_York', '2026-07-15T13:00:00.000Z'],
    ['2026-03-29', '00:00', 'Asia/Kolkata', '2026-03-28T18:30:00.000Z'],
    ['2026-03-29', '10:15', 'Asia/Kathmandu', '2026-03-29T04:30:00.000Z'],
    ['2026-03-29', '10:00', 'UTC', '2026-03-29T10:00:00.000Z'],
  ])('%s %s in %s is %s', (date, time, zone, instant) => {
    expect(zonedToUtc(date, time, zone)).toBe(instant);
    expect(utcToZoned(instant, zone)).toMatchObject({ date, time });
  });

  it.each([PARIS, 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'])(
    'gives back the wall-clock time it was given, every day of 2026, in %s',
    (zone) => {
      // Times outside any DST gap of these zones (gaps are between 02:00 and 03:00).
      const times = ['00:00', '00:30', '01:59', '03:30', '12:00', '23:30', '23:59'];
      for (const date of days('2026-01-01', 365)) {
        for (const time of times) {
          const back = utcToZoned(zonedToUtc(date, time, zone), zone);
          expect({ date: back.date, time: back.time }, `${date} ${time}`).toEqual({ date, time });
        }
      }
    },
  );

  it('accepts an instant as milliseconds too', () => {
    expect(utcToZoned(Date.parse('2026-03-23T09:00:00.000Z'), PARIS)).toEqual(
      utcToZoned('2026-03-23T09:00:00.000Z', PARIS),
    );
  });

  it('gives minutes since the wall-clock midnight, to place a card in a day column', () => {
    expect(utcToZoned('2026-03-23T22:30:00.000Z', PARIS)).toEqual({
      date: '2026-03-23',
      time: '23:30',
      minutes: 23 * 60 + 30,
    });
    expect(utcToZoned('2026-03-22T23:30:00.000Z', PARIS)).toEqual({
      date: '2026-03-23',
      time: '00:30',
      minutes: 30,
    });
    expect(utcToZoned('2026-03-28T18:45:00.000Z', 'Asia/Kolkata')).toEqual({
      date: '2026-03-29',
      time: '00:15',
      minutes: 15,
    });
    // Seconds do not round up into the next minute.
    expect(utcToZoned('2026-03-23T09:59:59.999Z', PARIS)).toMatchObject({ time: '10:59', minutes: 659 });
  });
});

describe('the Paris spring change (29 March 2026: 02:00 → 03:00)', () => {
  it('moves a skipped time forward by the gap: 02:30 becomes 03:30', () => {
    const instant = zonedToUtc('2026-03-29', '02:30', PARIS);
    expect(instant).toBe('2026-03-29T01:30:00.000Z');
    expect(utcToZoned(instant, PARIS)).toMatchObject({ date: '2026-03-29', time: '03:30' });
    expect(zonedToUtc('2026-03-29', '02:00', PARIS)).toBe(zonedToUtc('2026-03-29', '03:00', PARIS));
  });

  it('keeps the times around the gap where they are', () => {
    expect(zonedToUtc('2026-03-29', '01:59', PARIS)).toBe('2026-03-29T00:59:00.000Z');
    expect(zonedToUtc('2026-03-29', '03:30', PARIS)).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedToUtc('2026-03-29', '00:30', PARIS)).toBe('2026-03-28T23:30:00.000Z');
    expect(zonedToUtc('2026-03-29', '23:30', PARIS)).toBe('2026-03-29T21:30:00.000Z');
  });

  it('has a 23-hour day and a 167-hour week', () => {
    expect(startOfZonedDay('2026-03-29', PARIS)).toBe('2026-03-28T23:00:00.000Z');
    expect(hoursBetweenMidnights('2026-03-29', '2026-03-30')).toBe(23);
    expect(hoursBetweenMidnights('2026-03-23', '2026-03-30')).toBe(167);
  });

  it('changes the offset from one to two hours', () => {
    expect(offsetAt(Date.parse('2026-03-29T00:59:00Z'), PARIS)).toBe(HOUR);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), PARIS)).toBe(2 * HOUR);
  });
});

describe('the Paris autumn change (25 October 2026: 03:00 → 02:00)', () => {
  it('takes the first of the two 02:30s', () => {
    const instant = zonedToUtc('2026-10-25', '02:30', PARIS);
    expect(instant).toBe('2026-10-25T00:30:00.000Z');
    // An hour later the wall clock reads 02:30 again.
    expect(utcToZoned('2026-10-25T00:30:00.000Z', PARIS)).toMatchObject({
      date: '2026-10-25',
      time: '02:30',
    });
    expect(utcToZoned('2026-10-25T01:30:00.000Z', PARIS)).toMatchObject({
      date: '2026-10-25',
      time: '02:30',
    });
  });

  it('maps every instant of the weekend back to itself, except the repeated hour, which goes to its first pass', () => {
    const start = Date.parse('2026-10-24T00:00:00.000Z');
    for (let t = start; t < start + 72 * HOUR; t += HOUR / 4) {
      const wall = utcToZoned(t, PARIS);
      const back = Date.parse(zonedToUtc(wall.date, wall.time, PARIS));
      const secondPass = t >= Date.parse('2026-10-25T01:00:00Z') && t < Date.parse('2026-10-25T02:00:00Z');
      expect(back, new Date(t).toISOString()).toBe(secondPass ? t - HOUR : t);
    }
  });

  it('has a 25-hour day and a 169-hour week', () => {
    expect(startOfZonedDay('2026-10-25', PARIS)).toBe('2026-10-24T22:00:00.000Z');
    expect(hoursBetweenMidnights('2026-10-25', '2026-10-26')).toBe(25);
    expect(hoursBetweenMidnights('2026-10-19', '2026-10-26')).toBe(169);
  });

  it('keeps ordinary days at 24 hours', () => {
    expect(hoursBetweenMidnights('2026-10-24', '2026-10-25')).toBe(24);
    expect(hoursBetweenMidnights('2026-10-26', '2026-10-27')).toBe(24);
  });
});

describe('other zones', () => {
  const NY = 'America/New_York';

  it('follows New York, whose changes fall on other Sundays (8 March, 1 November 2026)', () => {
    expect(zonedToUtc('2026-03-08', '02:30', NY)).toBe('2026-03-08T07:30:00.000Z');
    expect(utcToZoned('2026-03-08T07:30:00.000Z', NY)).toMatchObject({ time: '03:30' });
    expect(zonedToUtc('2026-11-01', '01:30', NY)).toBe('2026-11-01T05:30:00.000Z');
    expect(hoursBetweenMidnights('2026-03-08', '2026-03-09', NY)).toBe(23);
    expect(hoursBetweenMidnights('2026-11-01', '2026-11-02', NY)).toBe(25);
    // Paris is still on winter time that week: the usual six hours become five.
    expect(
      hoursBetween(zonedToUtc('2026-03-10', '09:00', PARIS), zonedToUtc('2026-03-10', '09:00', NY)),
    ).toBe(5);
  });

  it('handles a half-hour zone without DST (Asia/Kolkata, +05:30)', () => {
    expect(startOfZonedDay('2026-03-29', 'Asia/Kolkata')).toBe('2026-03-28T18:30:00.000Z');
    expect(hoursBetweenMidnights('2026-03-29', '2026-03-30', 'Asia/Kolkata')).toBe(24);
    expect(offsetAt(Date.parse('2026-07-01T00:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * HOUR);
  });

  it('handles the southern hemisphere, where clocks go back in April (Australia/Sydney)', () => {
    expect(hoursBetweenMidnights('2026-04-05', '2026-04-06', 'Australia/Sydney')).toBe(25);
    expect(hoursBetweenMidnights('2026-10-04', '2026-10-05', 'Australia/Sydney')).toBe(23);
  });
});

describe('zonedToday', () => {
  it("is the date on the zone's wall calendar, not the machine's", () => {
    const now = new Date('2026-03-28T23:30:00.000Z');
    expect(zonedToday(now, PARIS)).toBe('2026-03-29');
    expect(zonedToday(now, 'America/New_York')).toBe('2026-03-28');
    expect(zonedToday(now, 'UTC')).toBe('2026-03-28');
  });
});

describe('zonedClock', () => {
  it('agrees with utcToZoned every 17 minutes across both 2026 transitions, in zones with odd offsets', () => {
    for (const zone of [
      'Europe/Paris',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ]) {
      const clock = zonedClock(zone);
      const differ: string[] = [];
      for (const [from, to] of [
        ['2026-03-25T00:00:00Z', '2026-04-08T00:00:00Z'],
        ['2026-09-24T00:00:00Z', '2026-11-05T00:00:00Z'],
      ]) {
        for (let t = Date.parse(from as string); t < Date.parse(to as string); t += 17 * 60_000) {
          const expected = utcToZoned(t, zone);
          const got = clock(t);
          if (got.date !== expected.date || got.time !== expected.time)
            differ.push(`${zone} ${new Date(t).toISOString()}`);
        }
      }
      expect(differ).toEqual([]);
    }
  });
});
