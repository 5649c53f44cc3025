import Database from 'better-sqlite3';
import { referencedFiles } from './attachments.ts';

/** The attachments a backup file refers to, read from the file itself, opened read-only. */
export function backupReferences(path: string): Set<string> {
  const reader = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return referencedFiles(reader);
  } finally {
    reader.close();
  }
}
