import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DB_FILE } from '../../../electron/db/paths.ts';
import type { Db } from '../../../electron/db/types.ts';
import { LOCK_FILE } from '../../../electron/services/data-file/data-lock.ts';
import { dumpTables } from '../readers/db-dump.ts';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Everything a call could have written: each table, and each file of the data folder but the database's own. */
export interface Fingerprint {
  tables: Record<string, string>;
  files: Record<string, string>;
}

// The database file and its journal are covered by the table dumps; the lock names the running process.
const SKIPPED = new Set([DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`, LOCK_FILE]);

/**
 * A file another process renamed or removed after the folder was listed (a backup's `.part`, a
 * journal) is simply not part of this fingerprint: the caller compares prints until they settle.
 */
function readIfStillThere(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export function fingerprint(db: Db, dataDir: string): Fingerprint {
  const tables = Object.fromEntries(
    Object.entries(dumpTables(db)).map(([name, rows]) => [name, sha256(JSON.stringify(rows))]),
  );
  const files = Object.fromEntries(
    readdirSync(dataDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !SKIPPED.has(entry.name))
      .flatMap((entry) => {
        const path = join(entry.parentPath, entry.name);
        const data = readIfStillThere(path);
        return data ? [[relative(dataDir, path), sha256(data)] as const] : [];
      })
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );
  return { tables, files };
}

/** One hash for the report: equal fingerprints give equal hashes. */
export const tablesHash = (print: Fingerprint): string => sha256(JSON.stringify(print.tables));

const PROTOTYPES = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
];

/** Each built-in prototype's own properties and what they hold, to compare by identity afterwards. */
export function prototypeState(): Map<string, unknown>[] {
  return PROTOTYPES.map(
    (proto) =>
      new Map(
        Reflect.ownKeys(proto).map((key) => {
          const d = Object.getOwnPropertyDescriptor(proto, key);
          return [String(key), d && ('value' in d ? d.value : [d.get, d.set])];
        }),
      ),
  );
}

/** The prototypes a payload reached, if any: a key added or replaced, or `{}` inheriting a value. */
export function pollutedSince(before: Map<string, unknown>[]): string[] {
  const after = prototypeState();
  const found: string[] = [];
  before.forEach((props, i) => {
    const now = after[i] ?? new Map();
    for (const key of new Set([...props.keys(), ...now.keys()])) {
      const a = props.get(key);
      const b = now.get(key);
      const same = Array.isArray(a) && Array.isArray(b) ? a[0] === b[0] && a[1] === b[1] : Object.is(a, b);
      if (!same) found.push(`${PROTOTYPES[i]?.constructor.name}.prototype.${key}`);
    }
  });
  if ('polluted' in {}) found.push('({}).polluted');
  return found;
}
