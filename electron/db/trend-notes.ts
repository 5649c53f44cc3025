import { daysAtMost } from '../../shared/calendar/range.ts';
import type { ParsedInput } from '../../shared/contract.ts';
import { TREND_DAYS_MAX, type TrendNote } from '../../shared/domain/trend-note.ts';
import { AppError } from '../../shared/errors.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { requireClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface TrendRow extends MetaRow {
  client_id: string | null;
  text: string;
  url: string;
  network: NetworkId | null;
  noted_on: string;
  expires_on: string;
}

const toTrend = (r: TrendRow): TrendNote => ({
  ...meta(r),
  clientId: r.client_id,
  text: r.text,
  url: r.url,
  network: r.network,
  notedOn: r.noted_on,
  expiresOn: r.expires_on,
});

/** A client's trend notes with the shared ones (or the shared ones alone), newest first. */
export function listTrends(
  db: Db,
  clientId: string | null,
  includeExpired: boolean,
  today: string,
): TrendNote[] {
  if (clientId !== null) requireClient(db, clientId);
  return stmt<[{ clientId: string | null; all: number; today: string }], TrendRow>(
    db,
    `SELECT * FROM trend_notes
     WHERE deleted_at IS NULL AND (client_id IS NULL OR client_id = @clientId) AND (@all OR expires_on > @today)
     ORDER BY noted_on DESC, created_at DESC`,
  )
    .all({ clientId, all: includeExpired ? 1 : 0, today })
    .map(toTrend);
}

export function getTrend(db: Db, id: string): TrendNote {
  const row = stmt<[string], TrendRow>(
    db,
    'SELECT * FROM trend_notes WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  if (!row) throw new AppError('not_found', `No trend note with id ${id}`);
  if (row.client_id !== null) requireClient(db, row.client_id);
  return toTrend(row);
}

/** A note expires after it was noted, within a season. */
function checkSpan(notedOn: string, expiresOn: string): void {
  if (!(notedOn < expiresOn))
    throw new AppError('invalid_input', 'A trend note expires after the day it is noted', [
      { path: ['expiresOn'], code: 'rangeEmpty' },
    ]);
  if (!daysAtMost(notedOn, expiresOn, TREND_DAYS_MAX))
    throw new AppError('invalid_input', 'A trend note lasts a year at most', [
      { path: ['expiresOn'], code: 'trendTooLong' },
    ]);
}

type TrendFields = Omit<ParsedInput<'trends.create'>, 'clientId'>;

const write = (
  db: Db,
  sqlText: string,
  id: string,
  t: TrendFields & { clientId?: string | null },
  now: string,
) => {
  checkSpan(t.notedOn, t.expiresOn);
  stmt(db, sqlText).run({ id, ...t, now });
};

export function createTrend(db: Db, input: ParsedInput<'trends.create'>, now: string): TrendNote {
  if (input.clientId !== null) requireClient(db, input.clientId);
  const id = newId();
  write(
    db,
    `INSERT INTO trend_notes (id, client_id, text, url, network, noted_on, expires_on, created_at, updated_at)
     VALUES (@id, @clientId, @text, @url, @network, @notedOn, @expiresOn, @now, @now)`,
    id,
    input,
    now,
  );
  return getTrend(db, id);
}

export function updateTrend(db: Db, input: ParsedInput<'trends.update'>, now: string): TrendNote {
  const { id, ...patch } = input;
  const current = getTrend(db, id);
  write(
    db,
    `UPDATE trend_notes SET text = @text, url = @url, network = @network, noted_on = @notedOn,
       expires_on = @expiresOn, updated_at = @now WHERE id = @id`,
    id,
    {
      text: patch.text ?? current.text,
      url: patch.url ?? current.url,
      network: patch.network === undefined ? current.network : patch.network,
      notedOn: patch.notedOn ?? current.notedOn,
      expiresOn: patch.expiresOn ?? current.expiresOn,
    },
    now,
  );
  return getTrend(db, id);
}
