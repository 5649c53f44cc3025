import type {
  CompetitorReading,
  CompetitorReadingRow,
  ReadingField,
} from '../../shared/domain/competitor-readings.ts';
import type { NetworkId } from '../../shared/networks.ts';
import { newId } from './row.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';

interface ReadingRow {
  account_id: string;
  taken_on: string;
  followers: number | null;
  posts: number | null;
  engagements_per_post: number | null;
  standout_url: string;
  standout_note: string;
}

export const toReading = (r: ReadingRow): CompetitorReading => ({
  takenOn: r.taken_on,
  followers: r.followers,
  posts: r.posts,
  engagementsPerPost: r.engagements_per_post,
  standoutUrl: r.standout_url,
  standoutNote: r.standout_note,
});

/** Live accounts of a client's live competitors, archived ones left out: the grid is for those still watched. */
const ACCOUNTS = `
  SELECT a.id AS account_id, c.id AS competitor_id, c.name, c.color, a.network, a.handle
  FROM competitors c JOIN competitor_accounts a ON a.competitor_id = c.id
  WHERE c.client_id = ? AND c.deleted_at IS NULL AND c.archived_at IS NULL AND a.deleted_at IS NULL
  ORDER BY c.name COLLATE NOCASE, c.id, a.position`;

/** The readings grid for a day: each watched account with its reading that day and the one before. */
export function readingRows(db: Db, clientId: string, on: string): CompetitorReadingRow[] {
  const accounts = stmt<
    [string],
    {
      account_id: string;
      competitor_id: string;
      name: string;
      color: string;
      network: NetworkId;
      handle: string;
    }
  >(db, ACCOUNTS).all(clientId);
  const ids = JSON.stringify(accounts.map((a) => a.account_id));
  const onDay = stmt<[string, string], ReadingRow>(
    db,
    `SELECT * FROM competitor_readings
     WHERE account_id IN (SELECT value FROM json_each(?)) AND taken_on = ? AND deleted_at IS NULL`,
  ).all(ids, on);
  // The latest reading before the day, per account: one seek each on the primary key.
  const before = stmt<[string, string], ReadingRow>(
    db,
    `SELECT r.* FROM json_each(?) j JOIN competitor_readings r ON r.account_id = j.value AND r.taken_on = (
       SELECT max(taken_on) FROM competitor_readings
       WHERE account_id = j.value AND taken_on < ? AND deleted_at IS NULL)`,
  ).all(ids, on);
  const today = new Map(onDay.map((r) => [r.account_id, toReading(r)]));
  const previous = new Map(before.map((r) => [r.account_id, toReading(r)]));
  return accounts.map((a) => ({
    accountId: a.account_id,
    competitorId: a.competitor_id,
    competitorName: a.name,
    color: a.color,
    network: a.network,
    handle: a.handle,
    reading: today.get(a.account_id) ?? null,
    previous: previous.get(a.account_id) ?? null,
  }));
}

/** The client each live account belongs to, through a live competitor. */
export function accountClients(db: Db, accountIds: readonly string[]): Map<string, string> {
  const rows = stmt<[string], { id: string; client_id: string }>(
    db,
    `SELECT a.id, c.client_id FROM competitor_accounts a JOIN competitors c ON c.id = a.competitor_id
     WHERE a.id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL AND c.deleted_at IS NULL`,
  ).all(JSON.stringify(accountIds));
  return new Map(rows.map((r) => [r.id, r.client_id]));
}

const COLUMN: Record<ReadingField, keyof ReadingRow> = {
  followers: 'followers',
  posts: 'posts',
  engagementsPerPost: 'engagements_per_post',
  standoutUrl: 'standout_url',
  standoutNote: 'standout_note',
};

const isEmpty = (r: ReadingRow) =>
  r.followers === null &&
  r.posts === null &&
  r.engagements_per_post === null &&
  r.standout_url === '' &&
  r.standout_note === '';

/** Writes the given fields of an account's reading on a day; a reading left with nothing in it is removed. */
export function writeReading(
  db: Db,
  accountId: string,
  on: string,
  patch: Partial<Record<ReadingField, number | string | null>>,
  now: string,
): void {
  const current =
    stmt<[string, string], ReadingRow>(
      db,
      'SELECT * FROM competitor_readings WHERE account_id = ? AND taken_on = ?',
    ).get(accountId, on) ??
    ({
      account_id: accountId,
      taken_on: on,
      followers: null,
      posts: null,
      engagements_per_post: null,
      standout_url: '',
      standout_note: '',
    } satisfies ReadingRow);
  const next: Record<string, unknown> = { ...current };
  for (const [field, value] of Object.entries(patch) as [ReadingField, number | string | null | undefined][])
    if (value !== undefined) next[COLUMN[field]] = value;
  if (isEmpty(next as unknown as ReadingRow)) {
    stmt(db, 'DELETE FROM competitor_readings WHERE account_id = ? AND taken_on = ?').run(accountId, on);
    return;
  }
  stmt(
    db,
    `INSERT INTO competitor_readings (id, account_id, taken_on, followers, posts, engagements_per_post,
       standout_url, standout_note, created_at, updated_at)
     VALUES (@id, @account_id, @taken_on, @followers, @posts, @engagements_per_post, @standout_url,
       @standout_note, @now, @now)
     ON CONFLICT (account_id, taken_on) DO UPDATE SET followers = excluded.followers, posts = excluded.posts,
       engagements_per_post = excluded.engagements_per_post, standout_url = excluded.standout_url,
       standout_note = excluded.standout_note, deleted_at = NULL, updated_at = excluded.updated_at`,
  ).run({ ...next, id: newId(), now });
}

/** Every reading of some accounts before a day, by account then day: a benchmark's timelines and sums. */
export function readingsBefore(
  db: Db,
  accountIds: readonly string[],
  to: string,
): (CompetitorReading & { accountId: string })[] {
  return stmt<[string, string], ReadingRow>(
    db,
    `SELECT r.* FROM json_each(?) j JOIN competitor_readings r ON r.account_id = j.value
     WHERE r.taken_on < ? AND r.deleted_at IS NULL ORDER BY r.account_id, r.taken_on`,
  )
    .all(JSON.stringify(accountIds), to)
    .map((r) => ({ accountId: r.account_id, ...toReading(r) }));
}
