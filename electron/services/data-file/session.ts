import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../../shared/contract.ts';
import type { BackupInfo } from '../../../shared/domain/backup.ts';
import { canReplaceData, type StartupProblem } from '../../../shared/domain/startup-problem.ts';
import { AppError } from '../../../shared/errors.ts';
import {
  adoptAsBackup,
  clearPartialBackups,
  latestBackup,
  listBackups,
  pruneAutomatic,
  rotateBackup,
  takeBackup,
} from '../../db/backups.ts';
import { asStorageError } from '../../db/errors.ts';
import { closeUntouched } from '../../db/integrity.ts';
import { schemaVersion } from '../../db/migrate.ts';
import { fileJobsDone, offThread, type Running } from '../../db/off-thread.ts';
import { closeDatabase, type Opened, openDatabase, setAside } from '../../db/open.ts';
import { DB_FILE } from '../../db/paths.ts';
import type { Db } from '../../db/types.ts';
import type { PrefsStore } from '../../prefs/types.ts';
import type { AppContext } from '../context.ts';
import { filesToKeep } from '../media/media-keep.ts';
import { sweepMedia } from '../media/media-store.ts';
import type { Printer } from '../printer.ts';
import { clearUploads } from '../transfers/chunked-upload.ts';
import { clearExports } from '../transfers/exports.ts';
import { lockDataFolder } from './data-lock.ts';
import {
  finishInterruptedSwap,
  hasMovedAside,
  INCOMING,
  moveWithSideFiles,
  removeWithSideFiles,
} from './data-swap.ts';
import { describeProblem } from './startup-problem.ts';

export interface SessionOptions {
  dataDir: string;
  prefs: PrefsStore;
  host: AppInfo['host'];
  version: string;
  now?: () => Date;
  /** Electron's PDF printing; the web host has none (the browser prints the page itself). */
  printer?: Printer;
  /**
   * The app and the web host start even when the data cannot be opened, to show what happened
   * and offer a way out; tests and scripts may prefer the error.
   */
  recover?: boolean;
}

/**
 * The open workspace of one process, or why there is none. Everything that replaces the data file
 * (restore, import, a fresh start) goes through here, one at a time; other calls wait meanwhile.
 *
 * A file at the current version opens at once and is checked whole afterwards, on a thread of its
 * own (`checked`); the automatic backup and the sweep of attachments wait for that check. Should it
 * find damage, the file is closed without a write, moved aside, and the workspace is gone as if the
 * start had failed: calls are refused (`damaged`) and the recovery screen takes over.
 */
export interface Session {
  readonly dataDir: string;
  readonly prefs: PrefsStore;
  readonly now: () => Date;
  readonly printer: Printer | null;
  ctx(): AppContext | null;
  problem(): StartupProblem | null;
  /** The data file was found damaged after it had opened (not at start). */
  lostWhileOpen(): boolean;
  info(): AppInfo;
  /** Settles once the data file in use has been checked whole (at once when there is none). */
  checked(): Promise<void>;
  /** The automatic backup taken when the workspace opened (null when none could be). */
  startupBackup(): Promise<string | null>;
  /** Settles when the work reading the data file in the background (its check, a backup) is done. */
  settled(): Promise<void>;
  /** Pending while the data file is being replaced; calls that use the data wait for it. */
  busy(): Promise<unknown> | null;
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  /**
   * Puts `staged` — a whole, checked data file in the data folder, the session's to move — in place
   * of the data file; the current one becomes the safety backup. `beforeSwap` runs once nothing can
   * stop the swap but the disk (an import stores its attachments there). Run it inside `exclusive`.
   */
  replaceData(
    staged: string,
    safety: 'beforeRestore' | 'beforeImport',
    beforeSwap?: () => void,
  ): Promise<BackupInfo | null>;
  /** After a problem: open again (the disk has room again, the other window was closed…). */
  retry(): Promise<void>;
  /** After a damaged file was moved aside: begin with an empty workspace. */
  startEmpty(): Promise<void>;
  keepBackups(keep: number): void;
  /**
   * Closes the data file. A thread still reading it (the start's check, a backup) holds a connection,
   * and SQLite folds the write-ahead log into the file only when the last connection closes: the
   * check is dropped (the next start runs it again) and the other file jobs (a backup, an export)
   * may land, for `QUIT_WAIT_MS` at most, so that the file left behind is whole on its own.
   */
  close(): Promise<void>;
}

/** The open workspace, for calls that need one; while there is none, they say so plainly. */
export function openWorkspace(session: Session): AppContext {
  const ctx = session.ctx();
  if (ctx) return ctx;
  if (session.lostWhileOpen())
    throw new AppError('damaged', 'The data file turned out to be damaged: it was moved aside, untouched.');
  throw new AppError('unavailable', 'No workspace is open: Calepin could not open its data file.');
}

/** After the first screen: background work starts once the calls already made have been answered. */
const afterFirstCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

/** How long quitting waits for a backup reading the data file; past it, the log stays beside the file. */
const QUIT_WAIT_MS = 5000;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export async function openSession(options: SessionOptions): Promise<Session> {
  const { dataDir, prefs } = options;
  const now = options.now ?? (() => new Date());
  const path = join(dataDir, DB_FILE);
  let ctx: AppContext | null = null;
  let problem: StartupProblem | null = null;
  let lost = false;
  let unlock: (() => void) | null = null;
  let checking: Running<unknown> | null = null;
  let checked: Promise<void> = Promise.resolve();
  let backup: Promise<string | null> = Promise.resolve(null);
  let running: Promise<unknown> | null = null;
  let daily: NodeJS.Timeout | null = null;
  /** Set by `close`: nothing new starts reading the file. */
  let closing = false;

  const keep = () => prefs.get().backupsKept;
  const rotate = (db: Db) => rotateBackup(db, dataDir, now(), keep());

  /**
   * Parts of uploads cut short, an export nobody saved and a backup cut short do not outlive a
   * restart. Best effort: a file another program holds (an antivirus on Windows) must not keep an
   * open workspace from being used.
   */
  function tidyFolders(): void {
    try {
      clearUploads(dataDir);
      clearExports(dataDir);
      clearPartialBackups(dataDir);
    } catch (error) {
      console.error('Tidying the data folder failed:', error);
    }
  }

  /**
   * Attachments nothing refers to go, once the file that refers to them is known to be sound. Not
   * while a swap is under way: an import stores the files of the data about to come in.
   */
  function sweep(db: Db): void {
    try {
      // A file moved aside may still be repaired by hand: its pictures stay until it is gone.
      if (!running && !hasMovedAside(dataDir)) sweepMedia(dataDir, filesToKeep(dataDir, db));
    } catch (error) {
      console.error('Sweeping the attachments failed:', error);
    }
  }

  /**
   * Damage found while the file was open: closed without a write, moved aside untouched, and the
   * workspace is gone as if the start had failed. Calls made before were answered from it.
   */
  function lose(db: Db, detail: string): void {
    closeUntouched(db, path);
    lost = true;
    try {
      problem = describeProblem(setAside(dataDir, path, now(), detail));
    } catch (error) {
      problem = describeProblem(asStorageError(dataDir, error));
    }
    console.error(`The data file is damaged (${detail}); it was moved aside.`);
  }

  /** True once the file in use is known to be sound; false when it was lost or replaced meanwhile. */
  async function verify(db: Db): Promise<boolean> {
    await afterFirstCalls();
    if (closing || ctx?.db !== db || !db.open) return false;
    const job = offThread({ kind: 'checkData', path });
    checking = job;
    try {
      const verdict = await job.result;
      if (ctx?.db !== db || !db.open) return false;
      if (verdict.damaged) {
        lose(db, verdict.detail);
        return false;
      }
      return true;
    } catch (error) {
      // Stopped by a close, or the file could not be read for a reason that is not damage (held by
      // another program): nothing is moved, and no backup is taken of a file not known to be sound.
      if (db.open && !closing) console.error('The data file could not be checked:', error);
      return false;
    } finally {
      if (checking === job) checking = null;
    }
  }

  /**
   * `afterSwap`: after a restore or an import, "the latest backup" must be the data now in use, not
   * the safety copy of what it replaced; but that copy prunes nothing, so looking through old
   * backups one after the other never costs the oldest one.
   */
  function attach(opened: Opened, { afterSwap }: { afterSwap: boolean }): void {
    const db = opened.db;
    if (ctx) ctx.db = db;
    else ctx = { db, dataDir, prefs, now, info: () => session.info() };
    problem = null;
    lost = false;
    if (!afterSwap) tidyFolders();
    const sound = opened.unchecked ? verify(db) : afterFirstCalls().then(() => true);
    checked = sound.then(() => undefined);
    backup = sound
      .then((ok) => {
        // Closed meanwhile (a quit, a swap, a test's folder removed): nothing to sweep or copy.
        if (!ok || closing || ctx?.db !== db || !db.open) return null;
        sweep(db);
        return afterSwap ? takeBackup(db, dataDir, 'auto', now()) : rotate(db);
      })
      .catch((error: unknown) => {
        // Closed under it (the app quit at once): the next start takes one.
        if (db.open) console.error('Backup at start failed:', error);
        return null;
      });
    // A freelancer may leave the app open for days. Timers stall while a laptop sleeps, so look
    // every hour whether the newest backup is a day old rather than waiting 24 hours of uptime.
    daily ??= setInterval(() => {
      const newest = listBackups(dataDir).find((b) => b.kind === 'auto');
      const db = ctx?.db;
      if (!db?.open || (newest && now().getTime() - Date.parse(newest.takenAt) < DAY)) return;
      // Kept in `backup`, like the one at start: a swap waits for the copy reading the file.
      backup = backup
        .then(() => rotate(db))
        .catch((error: unknown) => {
          console.error(error);
          return null;
        });
    }, HOUR);
    daily.unref();
  }

  async function detach(): Promise<void> {
    const reading = [checking?.stop(), fileJobsDone(), backup, running];
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, QUIT_WAIT_MS);
    });
    await Promise.race([Promise.allSettled(reading), limit]);
    clearTimeout(timer);
    if (ctx?.db.open) closeDatabase(ctx.db);
  }

  async function open(): Promise<void> {
    try {
      unlock ??= lockDataFolder(dataDir);
      finishInterruptedSwap(path);
      attach(await openDatabase(dataDir, { now, checkLater: true }), { afterSwap: false });
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
    printer: options.printer ?? null,
    ctx: () => (ctx?.db.open ? ctx : null),
    problem: () => problem,
    lostWhileOpen: () => lost,
    info: () => ({
      version: options.version,
      dataDir,
      dbPath: path,
      schemaVersion: ctx?.db.open ? schemaVersion(ctx.db) : null,
      host: options.host,
      lastBackup: latestBackup(dataDir)?.name ?? null,
      problem,
    }),
    checked: () => checked,
    startupBackup: () => backup,
    settled: () => backup.then(() => undefined),
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

    async replaceData(staged, safety, beforeSwap) {
      // The check and the backup of the file in use land first: both read it, and it is about to move.
      await session.settled();
      const live = ctx?.db.open ? ctx.db : null;
      if (!live && (existsSync(path) || (problem && !canReplaceData(problem))))
        throw new AppError('conflict', 'The data file is still in place; it is never overwritten.');
      const incoming = `${path}${INCOMING}`;
      try {
        unlock ??= lockDataFolder(dataDir);
        // From here a crash puts the new file in place at the next start (see data-swap.ts).
        renameSync(staged, incoming);
      } catch (error) {
        throw asStorageError(dataDir, error);
      }
      beforeSwap?.();
      // The last connection: closing it folds the journal into the file. No `optimize`: the data is
      // about to become a backup, and its statistics would only delay the swap.
      live?.close();
      let saved: string | null = null;
      let installed = false;
      try {
        if (live) saved = adoptAsBackup(dataDir, path, safety, now());
        renameSync(incoming, path);
        installed = true;
        attach(await openDatabase(dataDir, { now, checkLater: true }), { afterSwap: true });
      } catch (error) {
        if (ctx?.db.open) closeDatabase(ctx.db);
        if (installed) removeWithSideFiles(path);
        if (saved) moveWithSideFiles(saved, path);
        removeWithSideFiles(incoming);
        // Back to the data in use before; after a damaged file, the problem simply stands.
        if (live) await open();
        throw asStorageError(dataDir, error);
      }
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

    async close() {
      closing = true;
      if (daily) clearInterval(daily);
      daily = null;
      try {
        await detach();
      } finally {
        unlock?.();
        unlock = null;
      }
    },
  };

  await open();
  return session;
}
