export interface Migration {
  /** Becomes PRAGMA user_version once applied; numbered in tens to leave room. */
  version: number;
  name: string;
  sql: string;
}
