import { describe, expect, it } from 'vitest';
import { occurrenceOf, wallTimeFate, zonedToUtc } from '../../../../shared/calendar/zoned.ts';

const PARIS = 'Europe/Paris';
const HOUR = 3_600_000;

describe('wallTimeFate: what a clock change does to a time', () => {
  it('says 02:30 does not exist on 29 March 2026 in Paris and that 03:30 is used instead', () => {
    expect(wallTimeFate('2026-03-29', '02:30', PARIS)).toEqual({
      kind: 'skipped',
      instant: '2026-03-29T01:30:00.000Z',
      shownAs: '03:30',
    });
    expect(zonedToUtc('2026-03-29', '02:30', PARIS, 'later')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('says 02:30 happens twice on 25 October 2026, an hour apart, at UTC+2 then UTC+1', () => {
    expect(wallTimeFate('2026-10-25', '02:30', PARIS)).toEqual({
      kind: 'repeated',
      earlier: '2026-10-25T00:30:00.000Z',
      later: '2026-10-25T01:30:00.000Z',
      earlierOffsetMs: 2 * HOUR,
      laterOffsetMs: HOUR,
    });
    expect(zonedToUtc('2026-10-25', '02:30', PARIS)).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedToUtc('2026-10-25', '02:30', PARIS, 'later')).toBe('2026-10-25T01:30:00.000Z');
  });

  it.each([
    ['2026-10-25', '01:59'],
    ['2026-10-25', '03:00'],
    ['2026-03-29', '03:00'],
    ['2026-03-29', '01:59'],
    ['2026-07-14', '02:30'],
  ])('leaves %s %s alone: it happens once', (date, time) => {
    expect(wallTimeFate(date, time, PARIS)).toEqual({ kind: 'normal' });
    expect(zonedToUtc(date, time, PARIS, 'later')).toBe(zonedToUtc(date, time, PARIS));
  });

  it('knows which of the two 02:30s an instant is, in New York too', () => {
    expect(occurrenceOf('2026-10-25T00:30:00.000Z', PARIS)).toBe('earlier');
    expect(occurrenceOf('2026-10-25T01:30:00.000Z', PARIS)).toBe('later');
    expect(occurrenceOf('2026-10-25T09:00:00.000Z', PARIS)).toBe('earlier');
    // 1 November 2026: 01:30 in New York is 05:30 UTC (EDT), then 06:30 UTC (EST).
    expect(wallTimeFate('2026-11-01', '01:30', 'America/New_York')).toMatchObject({
      kind: 'repeated',
      earlier: '2026-11-01T05:30:00.000Z',
      later: '2026-11-01T06:30:00.000Z',
    });
    expect(occurrenceOf('2026-11-01T06:30:00.000Z', 'America/New_York')).toBe('later');
  });
});
