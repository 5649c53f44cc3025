import { describe, expect, it } from 'vitest';
import { planDatesByDay } from '../../../../../renderer/features/calendar/plan-date-days.ts';
import { days } from '../../../../../shared/calendar/dates.ts';
import type { PlanDate } from '../../../../../shared/domain/recurring-date.ts';

const date = (id: string, on: string, length = 1): PlanDate => ({
  source: 'builtIn',
  id,
  set: 'fr-commerce',
  kind: 'commerce',
  name: null,
  on,
  days: length,
  approximate: false,
});

// The week of Monday 6 July 2026.
const WEEK = days('2026-07-06', 7);
const shownOn = (dates: PlanDate[]) =>
  [...planDatesByDay(dates, WEEK)].map(([day, list]) => [
    day,
    list.map((s) => [s.date.id, s.until, s.continued]),
  ]);

describe('the dates a week shows on its days', () => {
  it('puts a date on the day it falls', () => {
    expect(shownOn([date('fr-fete-nationale', '2026-07-14'), date('x', '2026-07-08')])).toEqual([
      ['2026-07-08', [['x', '2026-07-08', false]]],
    ]);
  });

  it('shows a date that began before the week on its first day, once', () => {
    // The summer soldes of 2026 start on Wednesday 24 June and last four weeks.
    expect(shownOn([date('fr-soldes-ete', '2026-06-24', 28)])).toEqual([
      ['2026-07-06', [['fr-soldes-ete', '2026-07-21', true]]],
    ]);
  });

  it('leaves out a date that ended the day before the week', () => {
    expect(shownOn([date('long', '2026-06-29', 7), date('edge', '2026-06-30', 7)])).toEqual([
      ['2026-07-06', [['edge', '2026-07-06', true]]],
    ]);
  });
});
