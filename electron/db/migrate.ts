import type { Migration } from './migrations/types.ts';
import type { Db } from './types.ts';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** A list of migrations the code should never have shipped: a developer's mistake, not a user's. */
export class MigrationListError extends Error {
  override name = 'MigrationListError';
}

/**
 * Refuses a list that `migrate` could apply wrongly: versions must be whole numbers above 0 and
 * strictly increasing (gaps are fine: they are numbered in tens), and each step must be either SQL
 * text or a function, not both nor neither.
 */
export function checkMigrations(migrations: readonly Migration[]): void {
  let previous = 0;
  for (const [i, m] of migrations.entries()) {
    const which = `migration #${i + 1} (${m.version} ${m.name})`;
    if (!Number.isSafeInteger(m.version) || m.version <= 0)
      throw new MigrationListError(`${which}: a version is a whole number above 0`);
    if (m.version <= previous)
      throw new MigrationListError(
        `${which}: versions must strictly increase, and ${m.version} comes after ${previous}`,
      );
    if ((typeof m.sql === 'string') === (typeof m.up === 'function'))
      throw new MigrationListError(`${which}: give either sql text or an up(db) function`);
    previous = m.version;
  }
}

function apply(db: Db, m: Migration): void {
  if (m.up) {
    const result: unknown = m.up(db);
    // A promise would finish after the transaction commits: its writes would land unversioned.
    if (result instanceof Promise || typeof (result as { then?: unknown } | undefined)?.then === 'function')
      throw new MigrationListError(`migration ${m.version} ${m.name}: up(db) must be synchronous`);
  } else {
    db.exec(m.sql);
  }
}

/**
 * Applies every pending migration in one transaction: either all of them land or none. The list
 * is checked first (`checkMigrations`): a bad one is refused before the database is touched.
 */
export function migrate(db: Db, migrations: readonly Migration[]): number[] {
  checkMigrations(migrations);
  const from = schemaVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return [];
  db.transaction(() => {
    for (const m of pending) {
      apply(db, m);
      // A pragma takes no bound parameter; the version is a checked whole number.
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending.map((m) => m.version);
}
