import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { isShorterThanItsHeader } from '../../../../electron/db/header.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A closed WAL database of a few pages, as Calepin leaves its data file. */
function database(): string {
  const dir = mkdtempSync(join(tmpdir(), 'calepin-header-'));
  dirs.push(dir);
  const path = join(dir, 'calepin.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE notes (text TEXT)');
  const insert = db.prepare('INSERT INTO notes VALUES (hex(randomblob(500)))');
  for (let i = 0; i < 40; i++) insert.run();
  db.close();
  return path;
}

describe('a data file cut short', () => {
  it('is told from its header alone', () => {
    const path = database();
    expect(isShorterThanItsHeader(path)).toBe(false);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 4096));
    expect(isShorterThanItsHeader(path)).toBe(true);
  });

  it('is not judged while its journal may still complete it', () => {
    const path = database();
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 4096));
    writeFileSync(`${path}-wal`, Buffer.alloc(4096));
    expect(isShorterThanItsHeader(path)).toBe(false);
  });

  it('a file longer than its header says is not short (SQLite reads what the header counts)', () => {
    const path = database();
    writeFileSync(path, Buffer.concat([readFileSync(path), Buffer.alloc(4096)]));
    expect(isShorterThanItsHeader(path)).toBe(false);
  });
});
