import { addDays, daysBetween } from '../../../shared/calendar/dates.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import { ruleDate } from '../../../shared/dates/custom-rule.ts';
import { occurrences } from '../../../shared/dates/occurrences.ts';
import type { PlanDate, RecurringDate } from '../../../shared/domain/recurring-date.ts';
import { listRecurringDates, shownDateSets } from '../../db/recurring-dates.ts';
import type { Db } from '../../db/types.ts';

const yearOf = (day: string) => Number(day.slice(0, 4));

/** The user's dates whose days overlap [from, to): a date lasting past New Year starts the year before. */
function customIn(dates: readonly RecurringDate[], from: string, to: string): PlanDate[] {
  const found: PlanDate[] = [];
  for (const d of dates)
    for (let year = yearOf(from) - 1; year <= yearOf(addDays(to, -1)); year++) {
      const on = ruleDate(d.rule, year);
      if (on === null || on >= to || daysBetween(on, from) >= d.days) continue;
      found.push({
        source: 'custom',
        id: d.id,
        set: null,
        kind: 'custom',
        name: d.name,
        on,
        days: d.days,
        approximate: false,
      });
    }
  return found;
}

/** What the calendar shows above its days: the built-in sets turned on for the client, and the user's own dates. */
export function planDates(db: Db, q: ParsedInput<'dates.list'>): PlanDate[] {
  const builtIn: PlanDate[] = occurrences(shownDateSets(db, q.clientId), q.from, q.to).map((o) => ({
    source: 'builtIn',
    id: o.id,
    set: o.set,
    kind: o.kind,
    name: null,
    on: o.on,
    days: o.days,
    approximate: o.approximate,
  }));
  const custom = customIn(listRecurringDates(db, q.clientId), q.from, q.to);
  return [...builtIn, ...custom].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
