import type { ParsedInput } from '../../shared/contract.ts';
import type { CustomRule } from '../../shared/dates/custom-rule.ts';
import { DATE_SETS, type DateSetId } from '../../shared/dates/entry.ts';
import type { RecurringDate } from '../../shared/domain/recurring-date.ts';
import { AppError } from '../../shared/errors.ts';
import { requireClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface RecurringRow extends MetaRow {
  client_id: string | null;
  name: string;
  rule: string;
  days: number;
  notes: string;
}

const toRecurring = (r: RecurringRow): RecurringDate => ({
  ...meta(r),
  clientId: r.client_id,
  name: r.name,
  rule: JSON.parse(r.rule) as CustomRule,
  days: r.days,
  notes: r.notes,
});

/** A client's own dates with those for every client (or the latter alone), by name. */
export function listRecurringDates(db: Db, clientId: string | null): RecurringDate[] {
  if (clientId !== null) requireClient(db, clientId);
  return stmt<[string | null], RecurringRow>(
    db,
    `SELECT * FROM recurring_dates WHERE deleted_at IS NULL AND (client_id IS NULL OR client_id = ?)
     ORDER BY name COLLATE NOCASE, id`,
  )
    .all(clientId)
    .map(toRecurring);
}

export function getRecurringDate(db: Db, id: string): RecurringDate {
  const row = stmt<[string], RecurringRow>(
    db,
    'SELECT * FROM recurring_dates WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  if (!row) throw new AppError('not_found', `No recurring date with id ${id}`);
  if (row.client_id !== null) requireClient(db, row.client_id);
  return toRecurring(row);
}

export function createRecurringDate(db: Db, input: ParsedInput<'dates.create'>, now: string): RecurringDate {
  if (input.clientId !== null) requireClient(db, input.clientId);
  const id = newId();
  stmt(
    db,
    `INSERT INTO recurring_dates (id, client_id, name, rule, days, notes, created_at, updated_at)
     VALUES (@id, @clientId, @name, @rule, @days, @notes, @now, @now)`,
  ).run({ id, ...input, rule: JSON.stringify(input.rule), now });
  return getRecurringDate(db, id);
}

export function updateRecurringDate(db: Db, input: ParsedInput<'dates.update'>, now: string): RecurringDate {
  const current = getRecurringDate(db, input.id);
  stmt(
    db,
    'UPDATE recurring_dates SET name = @name, rule = @rule, days = @days, notes = @notes, updated_at = @now WHERE id = @id',
  ).run({
    id: current.id,
    name: input.name ?? current.name,
    rule: JSON.stringify(input.rule ?? current.rule),
    days: input.days ?? current.days,
    notes: input.notes ?? current.notes,
    now,
  });
  return getRecurringDate(db, current.id);
}

/** The built-in sets the calendar shows for a client, in the settings' order. */
export function shownDateSets(db: Db, clientId: string): DateSetId[] {
  requireClient(db, clientId);
  const shown = new Set(
    stmt<[string], { set_id: string }>(db, 'SELECT set_id FROM shown_date_sets WHERE client_id = ?')
      .all(clientId)
      .map((r) => r.set_id),
  );
  return DATE_SETS.filter((s) => shown.has(s));
}

export function setShownDateSets(db: Db, clientId: string, sets: readonly DateSetId[]): DateSetId[] {
  requireClient(db, clientId);
  stmt(db, 'DELETE FROM shown_date_sets WHERE client_id = ?').run(clientId);
  for (const set of new Set(sets))
    stmt(db, 'INSERT INTO shown_date_sets (client_id, set_id) VALUES (?, ?)').run(clientId, set);
  return shownDateSets(db, clientId);
}
