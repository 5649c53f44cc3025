import type Database from 'better-sqlite3';

/** The one connection, owned by the main process (or the web host). */
export type Db = Database.Database;
