import { describe, expect, it } from 'vitest';
import { moveByMinutes } from '../../../../../renderer/features/calendar/move-by.ts';
import { zonedToUtc } from '../../../../../shared/calendar/zoned.ts';

const PARIS = 'Europe/Paris';
const at = (date: string, time: string, occurrence: 'earlier' | 'later' = 'earlier') =>
  zonedToUtc(date, time, PARIS, occurrence);
/** The instant a move lands on, as the server will store it. */
const landing = (target: ReturnType<typeof moveByMinutes>) =>
  target && zonedToUtc(target.date, target.time, PARIS, target.occurrence);
const HOUR = 3_600_000;

describe('Alt+↑/↓ moves a post by one real hour', () => {
  it.each([
    ['03:00', '01:00'],
    ['03:30', '01:30'],
  ])('on 29 March 2026 in Paris, %s moves up to %s (02:xx does not exist), one hour earlier', (from, to) => {
    const plannedAt = at('2026-03-29', from);
    const target = moveByMinutes(plannedAt, 0, -60, PARIS);
    expect(target).toEqual({ date: '2026-03-29', time: to, occurrence: 'earlier' });
    expect(Date.parse(plannedAt) - Date.parse(landing(target) ?? '')).toBe(HOUR);
  });

  it('moves 01:30 down to 03:30 on 29 March: the next real hour', () => {
    expect(moveByMinutes(at('2026-03-29', '01:30'), 0, 60, PARIS)).toEqual({
      date: '2026-03-29',
      time: '03:30',
      occurrence: 'earlier',
    });
  });

  it('walks 03:30 up through both 02:30s on 25 October, one hour a step', () => {
    const start = at('2026-10-25', '03:30');
    const second = moveByMinutes(start, 0, -60, PARIS);
    expect(second).toEqual({ date: '2026-10-25', time: '02:30', occurrence: 'later' });
    const first = moveByMinutes(landing(second) ?? '', 0, -60, PARIS);
    expect(first).toEqual({ date: '2026-10-25', time: '02:30', occurrence: 'earlier' });
    expect(Date.parse(start) - Date.parse(landing(first) ?? '')).toBe(2 * HOUR);
  });

  it('keeps the time on the wall clock when the day changes, and will not cross midnight by the hour', () => {
    expect(moveByMinutes(at('2026-03-28', '10:00'), 1, 0, PARIS)).toEqual({
      date: '2026-03-29',
      time: '10:00',
      occurrence: 'earlier',
    });
    expect(moveByMinutes(at('2026-03-28', '00:30'), 0, -60, PARIS)).toBeNull();
    expect(moveByMinutes(at('2026-03-28', '23:30'), 0, 60, PARIS)).toBeNull();
  });
});
