import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LIST_CHANNELS_SQL } from '../../electron/db/channels.ts';
import { LIST_CLIENTS_SQL } from '../../electron/db/clients.ts';
import { LIST_RANGE_SQL } from '../../electron/db/posts.ts';
import { startTestCore } from '../support/hosts/fixture.ts';

/** SQLite's plan for one of the repositories' own statements, one line per step. */
function plan(db: Database.Database, sql: string, ...params: unknown[]): string {
  return db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all(...params)
    .map((row) => (row as { detail: string }).detail)
    .join('\n');
}

describe('query plans: the lists a user opens all day use indexes, not full scans', () => {
  it("lists a client's channels through the channels_by_client index", async () => {
    const core = await startTestCore();
    const steps = plan(core.ctx.db, LIST_CHANNELS_SQL, '00000000-0000-7000-8000-000000000000', 0);
    expect(steps).toMatch(/USING INDEX channels_by_client/);
    expect(steps).not.toMatch(/SCAN channels/);
  });

  it("counts each client's channels through the same index", async () => {
    const core = await startTestCore();
    const steps = plan(core.ctx.db, LIST_CLIENTS_SQL, 0);
    expect(steps).toMatch(/SEARCH h USING (COVERING )?INDEX channels_by_client/);
  });

  it("reads a week of a client's calendar through the posts_by_client_time index", async () => {
    const core = await startTestCore();
    const steps = plan(
      core.ctx.db,
      LIST_RANGE_SQL,
      '00000000-0000-7000-8000-000000000000',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
      2000,
    );
    expect(steps).toMatch(
      /SEARCH p USING INDEX posts_by_client_time \(client_id=\? AND planned_at>\? AND planned_at<\?\)/,
    );
    expect(steps).not.toMatch(/SCAN (p|posts)\b/);
    // Its channel and client are looked up by key, not scanned either.
    expect(steps).not.toMatch(/SCAN (h|c|channels|clients)\b/);
  });
});
