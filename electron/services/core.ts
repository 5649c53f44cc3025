import { mkdirSync } from 'node:fs';
import type { AppInfo } from '../../shared/contract.ts';
import type { AppContext } from '../api/context.ts';
import { createDispatch, type Dispatch } from '../api/dispatch.ts';
import { handlers } from '../api/handlers/index.ts';
import { referencedFiles } from '../db/attachments.ts';
import { listRotatingBackups, rotateBackup } from '../db/backups.ts';
import { schemaVersion } from '../db/migrate.ts';
import { closeDatabase, openDatabase } from '../db/open.ts';
import type { PrefsStore } from '../prefs/types.ts';
import { lockDataFolder } from './data-lock.ts';
import { sweepMedia } from './media-store.ts';
import { clearUploads } from './uploads.ts';

export interface CoreOptions {
  dataDir: string;
  prefs: PrefsStore;
  host: AppInfo['host'];
  version: string;
  now?: () => Date;
}

export interface Core {
  ctx: AppContext;
  dispatch: Dispatch;
  /** The rotating backup taken at start; awaited by tests, not by the window. */
  startupBackup: Promise<string>;
  close(): void;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Everything a process needs to serve the contract: the database, a backup, the dispatch. */
export async function startCore(options: CoreOptions): Promise<Core> {
  const now = options.now ?? (() => new Date());
  mkdirSync(options.dataDir, { recursive: true });
  const unlock = lockDataFolder(options.dataDir);
  let opened: Awaited<ReturnType<typeof openDatabase>>;
  try {
    opened = await openDatabase(options.dataDir, { now });
  } catch (error) {
    unlock();
    throw error;
  }
  const { db, path } = opened;
  const ctx: AppContext = {
    db,
    dataDir: options.dataDir,
    prefs: options.prefs,
    now,
    info: () => ({
      version: options.version,
      dataDir: options.dataDir,
      dbPath: path,
      schemaVersion: schemaVersion(db),
      host: options.host,
      lastBackup: listRotatingBackups(options.dataDir)[0]?.name ?? null,
    }),
  };
  // Parts of uploads cut short, and files whose posts were purged, do not outlive a restart.
  clearUploads(options.dataDir);
  sweepMedia(options.dataDir, referencedFiles(db));
  const backup = () => rotateBackup(db, options.dataDir, now());
  const startupBackup = backup();
  startupBackup.catch((error: unknown) => console.error('Startup backup failed:', error));
  // A freelancer may leave the app open for days. Timers stall while a laptop sleeps, so look
  // every hour whether the newest backup is a day old rather than waiting 24 hours of uptime.
  const daily = setInterval(() => {
    const newest = listRotatingBackups(options.dataDir)[0];
    if (!newest || now().getTime() - newest.takenAt.getTime() >= DAY) void backup().catch(console.error);
  }, HOUR);
  daily.unref();
  return {
    ctx,
    dispatch: createDispatch(handlers, ctx),
    startupBackup,
    close() {
      clearInterval(daily);
      closeDatabase(db);
      unlock();
    },
  };
}
