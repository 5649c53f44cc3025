import type { ParsedInput } from '../../shared/contract.ts';
import { type Competitor, type CompetitorAccount, handleKey } from '../../shared/domain/competitor.ts';
import type { VoiceCompetitor } from '../../shared/domain/voice.ts';
import { AppError, type Issue } from '../../shared/errors.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { requireClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface CompetitorRow extends MetaRow {
  client_id: string;
  name: string;
  color: string;
  notes: string;
  tags: string;
  archived_at: string | null;
}

interface AccountRow {
  id: string;
  competitor_id: string;
  network: NetworkId;
  handle: string;
  url: string;
  deleted_at: string | null;
}

const toAccount = (r: AccountRow): CompetitorAccount => ({
  id: r.id,
  network: r.network,
  handle: r.handle,
  url: r.url,
});

const toCompetitor = (r: CompetitorRow, accounts: CompetitorAccount[]): Competitor => ({
  ...meta(r),
  clientId: r.client_id,
  name: r.name,
  color: r.color,
  notes: r.notes,
  tags: JSON.parse(r.tags),
  archived: r.archived_at !== null,
  accounts,
});

function accountsOf(db: Db, competitorIds: readonly string[]): Map<string, CompetitorAccount[]> {
  const rows = stmt<[string], AccountRow>(
    db,
    `SELECT * FROM competitor_accounts
     WHERE competitor_id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL
     ORDER BY competitor_id, position`,
  ).all(JSON.stringify(competitorIds));
  const byCompetitor = new Map<string, CompetitorAccount[]>();
  for (const r of rows) {
    const list = byCompetitor.get(r.competitor_id) ?? [];
    list.push(toAccount(r));
    byCompetitor.set(r.competitor_id, list);
  }
  return byCompetitor;
}

export function listCompetitors(db: Db, clientId: string, includeArchived: boolean): Competitor[] {
  requireClient(db, clientId);
  const rows = stmt<[string, number], CompetitorRow>(
    db,
    `SELECT * FROM competitors WHERE client_id = ? AND deleted_at IS NULL AND (? OR archived_at IS NULL)
     ORDER BY name COLLATE NOCASE, id`,
  ).all(clientId, includeArchived ? 1 : 0);
  const accounts = accountsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toCompetitor(r, accounts.get(r.id) ?? []));
}

/** A live competitor of a live client, or a not_found error. */
export function getCompetitor(db: Db, id: string): Competitor {
  const row = stmt<[string], CompetitorRow>(
    db,
    'SELECT * FROM competitors WHERE id = ? AND deleted_at IS NULL',
  ).get(id);
  if (!row) throw new AppError('not_found', `No competitor with id ${id}`);
  requireClient(db, row.client_id);
  return toCompetitor(row, accountsOf(db, [id]).get(id) ?? []);
}

/** The client of a live competitor, or undefined: a mention's subject must be one of its client's. */
export function competitorClient(db: Db, id: string): string | undefined {
  return stmt<[string], { client_id: string }>(
    db,
    'SELECT client_id FROM competitors WHERE id = ? AND deleted_at IS NULL',
  ).get(id)?.client_id;
}

type AccountInput = ParsedInput<'competitors.create'>['accounts'][number];

/**
 * An account is one place on a network: the same handle cannot be listed under two of a client's
 * competitors (their readings would be typed twice and counted twice), one in the trash included,
 * since it may come back.
 */
function takenElsewhere(
  db: Db,
  clientId: string,
  competitorId: string | null,
  accounts: AccountInput[],
): Issue[] {
  const others = stmt<[string, string], { network: string; handle: string; name: string }>(
    db,
    `SELECT a.network, a.handle, c.name FROM competitor_accounts a JOIN competitors c ON c.id = a.competitor_id
     WHERE c.client_id = ? AND c.id <> ? AND a.deleted_at IS NULL`,
  ).all(clientId, competitorId ?? '');
  const owner = new Map(others.map((o) => [`${o.network} ${handleKey(o.handle)}`, o.name]));
  return accounts.flatMap((a, i) => {
    const name = owner.get(`${a.network} ${handleKey(a.handle)}`);
    return name === undefined
      ? []
      : [{ path: ['accounts', String(i), 'handle'], code: 'accountTaken' as const, params: { name } }];
  });
}

/**
 * Writes the competitor's list of accounts as given: kept ones updated in place (an account removed
 * earlier, named by its id or typed again, comes back with its readings), new ones added, the others
 * removed.
 */
function writeAccounts(db: Db, competitorId: string, accounts: AccountInput[], now: string): void {
  const existing = new Map(
    stmt<[string], AccountRow>(db, 'SELECT * FROM competitor_accounts WHERE competitor_id = ?')
      .all(competitorId)
      .map((r) => [r.id, r]),
  );
  const kept = new Set<string>();
  // An account removed earlier and typed again (no id: the editor forgot it) comes back with its readings.
  const removed = [...existing.values()].filter((r) => r.deleted_at !== null);
  const again = (a: AccountInput) =>
    removed.find(
      (r) => r.network === a.network && handleKey(r.handle) === handleKey(a.handle) && !kept.has(r.id),
    );
  accounts.forEach((a, position) => {
    const known = a.id === undefined ? again(a) : existing.get(a.id);
    if (a.id !== undefined && !known)
      throw new AppError('invalid_input', `Account ${a.id} is not one of this competitor's`, [
        { path: ['accounts', String(position), 'id'], code: 'invalidId' },
      ]);
    // One account twice in the list would be written twice, the first spelling lost.
    if (known && kept.has(known.id))
      throw new AppError('invalid_input', `Account ${known.id} is listed twice`, [
        { path: ['accounts', String(position), 'id'], code: 'duplicateAccount' },
      ]);
    if (known) {
      kept.add(known.id);
      stmt(
        db,
        `UPDATE competitor_accounts SET network = @network, handle = @handle, url = @url, position = @position,
           deleted_at = NULL, updated_at = @now WHERE id = @id`,
      ).run({ id: known.id, network: a.network, handle: a.handle, url: a.url, position, now });
    } else
      stmt(
        db,
        `INSERT INTO competitor_accounts (id, competitor_id, network, handle, url, position, created_at, updated_at)
         VALUES (@id, @competitorId, @network, @handle, @url, @position, @now, @now)`,
      ).run({ id: newId(), competitorId, network: a.network, handle: a.handle, url: a.url, position, now });
  });
  for (const row of existing.values())
    if (!kept.has(row.id) && row.deleted_at === null)
      stmt(db, 'UPDATE competitor_accounts SET deleted_at = @now, updated_at = @now WHERE id = @id').run({
        id: row.id,
        now,
      });
}

function checkAccounts(
  db: Db,
  clientId: string,
  competitorId: string | null,
  accounts: AccountInput[],
): void {
  const issues = takenElsewhere(db, clientId, competitorId, accounts);
  if (issues.length > 0) throw new AppError('invalid_input', 'An account is already listed', issues);
}

export function createCompetitor(db: Db, input: ParsedInput<'competitors.create'>, now: string): Competitor {
  requireClient(db, input.clientId);
  checkAccounts(db, input.clientId, null, input.accounts);
  const id = newId();
  stmt(
    db,
    `INSERT INTO competitors (id, client_id, name, color, notes, tags, created_at, updated_at)
     VALUES (@id, @clientId, @name, @color, @notes, @tags, @now, @now)`,
  ).run({
    id,
    clientId: input.clientId,
    name: input.name,
    color: input.color,
    notes: input.notes,
    tags: JSON.stringify(input.tags),
    now,
  });
  writeAccounts(db, id, input.accounts, now);
  return getCompetitor(db, id);
}

export function updateCompetitor(db: Db, input: ParsedInput<'competitors.update'>, now: string): Competitor {
  const current = getCompetitor(db, input.id);
  if (input.accounts) {
    checkAccounts(db, current.clientId, current.id, input.accounts);
    writeAccounts(db, current.id, input.accounts, now);
  }
  stmt(
    db,
    `UPDATE competitors SET name = @name, color = @color, notes = @notes, tags = @tags, updated_at = @now
     WHERE id = @id`,
  ).run({
    id: current.id,
    name: input.name ?? current.name,
    color: input.color ?? current.color,
    notes: input.notes ?? current.notes,
    tags: JSON.stringify(input.tags ?? current.tags),
    now,
  });
  return getCompetitor(db, current.id);
}

export function archiveCompetitor(db: Db, id: string, archived: boolean, now: string): Competitor {
  getCompetitor(db, id);
  stmt(db, 'UPDATE competitors SET archived_at = @at, updated_at = @now WHERE id = @id').run({
    id,
    at: archived ? now : null,
    now,
  });
  return getCompetitor(db, id);
}

/** A client's competitors as share of voice names them (archived ones too: their mentions still count). */
export function competitorVoices(db: Db, clientId: string): VoiceCompetitor[] {
  return stmt<[string], { id: string; name: string; color: string; archived_at: string | null }>(
    db,
    `SELECT id, name, color, archived_at FROM competitors WHERE client_id = ? AND deleted_at IS NULL
     ORDER BY name COLLATE NOCASE, id`,
  )
    .all(clientId)
    .map((r) => ({ id: r.id, name: r.name, color: r.color, archived: r.archived_at !== null }));
}
