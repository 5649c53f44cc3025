import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LIST_CHANNELS_SQL } from '../../electron/db/channels.ts';
import { LIST_CLIENTS_SQL } from '../../electron/db/clients.ts';
import { startTestCore } from '../support/fixture.ts';

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
});
