import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../../shared/contract.ts';
import type { BackupInfo } from '../../../shared/domain/backup.ts';
import { canReplaceData, type StartupProblem } from '../../../shared/domain/startup-problem.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  clearPartialBackups,
  latestBackup,
  listBackups,
  pruneAutomatic,
  rotateBackup,
  takeBackup,
} from '../../db/backups.ts';
import { checkDataFile } from '../../db/data-file-check.ts';
import { asStorageError } from '../../db/errors.ts';
import { schemaVersion } from '../../db/migrate.ts';
import { closeDatabase, openDatabase } from '../../db/open.ts';
import { DB_FILE } from '../../db/paths.ts';
import type { Db } from '../../db/types.ts';
import type { PrefsStore } from '../../prefs/types.ts';
import type { AppContext } from '../context.ts';
import { filesToKeep } from '../media/media-keep.ts';
import { sweepMedia } from '../media/media-store.ts';
import { clearUploads } from '../transfers/chunked-upload.ts';
import { clearExports } from '../transfers/exports.ts';
import { lockDataFolder } from './data-lock.ts';
import {
  copyDurably,
  finishInterruptedSwap,
  hasMovedAside,
  INCOMING,
  moveWithSideFiles,
  REPLACED,
  removeWithSideFiles,
} from './data-swap.ts';
import { describeProblem } from './startup-problem.ts';

export interface SessionOptions {
  dataDir: string;
  prefs: PrefsStore;
  host: AppInfo['host'];
  version: string;
  now?: () => Date;
  /**
   * The app and the web host start even when the data cannot be opened, to show what happened
   * and offer a way out; tests and scripts may prefer the error.
   */
  recover?: boolean;
}

/**
 * The open workspace of one process, or why there is none. Everything that replaces the data file
 * (restore, import, a fresh start) goes through here, one at a time; other calls wait meanwhile.
 */
export interface Session {
  readonly dataDir: string;
  readonly prefs: PrefsStore;
  readonly now: () => Date;
  ctx(): AppContext | null;
  problem(): StartupProblem | null;
  info(): AppInfo;
  /** The automatic backup taken when the workspace opened (null when none could be). */
  startupBackup(): Promise<string | null>;
  /** Pending while the data file is being replaced; calls that use the data wait for it. */
  busy(): Promise<unknown> | null;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /** Puts a checked copy of `source` in place of the data file, after a safety backup of the current one. */
  replaceData(source: string, safety: 'beforeRestore' | 'beforeImport'): Promise<BackupInfo | null>;
  /** After a problem: open again (the disk has room again, the other window was closed…). */
  retry(): Promise<void>;
  /** After a damaged file was moved aside: begin with an empty workspace. */
  startEmpty(): Promise<void>;
  keepBackups(keep: number): void;
  close(): void;
}

/** The open workspace, for calls that need one; while there is none, they say so plainly. */
export function openWorkspace(session: Session): AppContext {
  const ctx = session.ctx();
  if (!ctx) throw new AppError('unavailable', 'No workspace is open: Calepin could not open its data file.');
  return ctx;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function openSession(options: SessionOptions): Promise<Session> {
  const { dataDir, prefs } = options;
  const now = options.now ?? (() => new Date());
  const path = join(dataDir, DB_FILE);
  let ctx: AppContext | null = null;
  let problem: StartupProblem | null = null;
  let unlock: (() => void) | null = null;
  let backup: Promise<string | null> = Promise.resolve(null);
  let running: Promise<unknown> | null = null;
  let daily: NodeJS.Timeout | null = null;

  const keep = () => prefs.get().backupsKept;
  const rotate = (db: Db) => rotateBackup(db, dataDir, now(), keep());

  /**
   * Parts of uploads cut short, an export nobody saved and attachments nothing refers to do not
   * outlive a restart. Best effort: a file another program holds (an antivirus on Windows) must
   * not keep an open workspace from being used.
   */
  function tidy(db: Db): void {
    try {
      clearUploads(dataDir);
      clearExports(dataDir);
      clearPartialBackups(dataDir);
      // A file moved aside may still be repaired by hand: its pictures stay until it is gone.
      if (!hasMovedAside(dataDir)) sweepMedia(dataDir, filesToKeep(dataDir, db));
    } catch (error) {
      console.error('Tidying the data folder failed:', error);
    }
  }

  /**
   * `afterSwap`: after a restore or an import, "the latest backup" must be the data now in use, not
   * the safety copy of what it replaced; but that copy prunes nothing, so looking through old
   * backups one after the other never costs the oldest one.
   */
  function attach(db: Db, { afterSwap }: { afterSwap: boolean }): void {
    if (ctx) ctx.db = db;
    else ctx = { db, dataDir, prefs, now, info: () => session.info() };
    problem = null;
    tidy(db);
    const taking = afterSwap ? takeBackup(db, dataDir, 'auto', now()) : rotate(db);
    backup = taking.catch((error: unknown) => {
      // Closed under it (the app quit at once): the next start takes one.
      if (db.open) console.error('Backup at start failed:', error);
      return null;
    });
    // A freelancer may leave the app open for days. Timers stall while a laptop sleeps, so look
    // every hour whether the newest backup is a day old rather than waiting 24 hours of uptime.
    daily ??= setInterval(() => {
      const newest = listBackups(dataDir).find((b) => b.kind === 'auto');
      const db = ctx?.db;
      if (db?.open && (!newest || now().getTime() - Date.parse(newest.takenAt) >= DAY))
        void rotate(db).catch(console.error);
    }, HOUR);
    daily.unref();
  }

  function detach(): void {
    if (ctx?.db.open) closeDatabase(ctx.db);
  }

  async function open(): Promise<void> {
    try {
      unlock ??= lockDataFolder(dataDir);
      finishInterruptedSwap(path);
      const opened = await openDatabase(dataDir, { now });
      attach(opened.db, { afterSwap: false });
    } catch (error) {
      const failure = asStorageError(dataDir, error);
      if (!options.recover) {
        unlock?.();
        unlock = null;
        throw failure;
      }
      problem = describeProblem(failure);
    }
  }

  const session: Session = {
    dataDir,
    prefs,
    now,
    ctx: () => (ctx?.db.open ? ctx : null),
    problem: () => problem,
    info: () => ({
      version: options.version,
      dataDir,
      dbPath: path,
      schemaVersion: ctx?.db.open ? schemaVersion(ctx.db) : null,
      host: options.host,
      lastBackup: latestBackup(dataDir)?.name ?? null,
      problem,
    }),
    startupBackup: () => backup,
    busy: () => running,
    async exclusive(work) {
      while (running) await running.catch(() => undefined);
      const current = work();
      running = current;
      try {
        return await current;
      } finally {
        running = null;
      }
    },

    async replaceData(source, safety) {
      const live = ctx?.db.open ? ctx.db : null;
      if (!live && (existsSync(path) || (problem && !canReplaceData(problem))))
        throw new AppError('conflict', 'The data file is still in place; it is never overwritten.');
      const incoming = `${path}${INCOMING}`;
      const replaced = `${path}${REPLACED}`;
      let saved: string | null = null;
      try {
        unlock ??= lockDataFolder(dataDir);
        // Copied first: whatever happens to the source meanwhile, the checked bytes are the ones used.
        copyDurably(source, incoming);
        checkDataFile(incoming);
        if (live) saved = await takeBackup(live, dataDir, safety, now());
      } catch (error) {
        rmSync(incoming, { force: true });
        throw asStorageError(dataDir, error);
      }
      await backup.catch(() => null);
      detach();
      let steppedAside = false;
      let installed = false;
      try {
        // The current file steps aside (not deleted) until the new one has opened.
        if (existsSync(path)) {
          moveWithSideFiles(path, replaced);
          steppedAside = true;
        }
        renameSync(incoming, path);
        installed = true;
        attach((await openDatabase(dataDir, { now })).db, { afterSwap: true });
      } catch (error) {
        if (ctx?.db.open) closeDatabase(ctx.db);
        if (installed) removeWithSideFiles(path);
        if (steppedAside) moveWithSideFiles(replaced, path);
        rmSync(incoming, { force: true });
        // Back to the data in use before; after a damaged file, the problem simply stands.
        if (live) await open();
        throw asStorageError(dataDir, error);
      }
      removeWithSideFiles(replaced);
      return saved ? (listBackups(dataDir).find((b) => saved?.endsWith(b.name)) ?? null) : null;
    },

    async retry() {
      if (ctx?.db.open) {
        problem = null;
        return;
      }
      // The file is already aside: opening again would silently start empty. That is a choice
      // the user makes with startEmpty, after a confirmation.
      if (problem && canReplaceData(problem))
        throw new AppError('conflict', 'The data file was moved aside: restore a backup or start empty.');
      await open();
    },

    async startEmpty() {
      if (ctx?.db.open) throw new AppError('conflict', 'A workspace is already open.');
      if (existsSync(path))
        throw new AppError('conflict', 'The data file is still in place; it is never overwritten.');
      await open();
    },

    keepBackups(count) {
      prefs.set({ backupsKept: count });
      pruneAutomatic(dataDir, count);
    },

    close() {
      if (daily) clearInterval(daily);
      daily = null;
      detach();
      unlock?.();
      unlock = null;
    },
  };

  await open();
  return session;
}
