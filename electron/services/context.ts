import type { AppInfo } from '../../shared/contract.ts';
import type { Db } from '../db/types.ts';
import type { PrefsStore } from '../prefs/types.ts';

/**
 * What every handler may use; built once per process by electron/main or electron/host. It lives
 * below api/ because the session builds it and services take it: a service never imports api/.
 */
export interface AppContext {
  db: Db;
  /** Holds the database, its backups and the attachments. */
  dataDir: string;
  prefs: PrefsStore;
  info: () => AppInfo;
  /** Injected so tests control time. */
  now: () => Date;
}

export const nowIso = (ctx: AppContext): string => ctx.now().toISOString();
