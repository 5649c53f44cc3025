import { referencedFiles } from '../../db/attachments.ts';
import { backupReferences } from '../../db/backup-references.ts';
import { backupFile, listBackups } from '../../db/backups.ts';
import type { Db } from '../../db/types.ts';

// Backups never change once written: what each one refers to is read once per process.
const byBackup = new Map<string, Set<string>>();

function backupRefs(path: string, key: string): Set<string> {
  const known = byBackup.get(key);
  if (known) return known;
  let refs = new Set<string>();
  try {
    refs = backupReferences(path);
  } catch {
    // A backup older than attachments, or unreadable, keeps nothing alive.
  }
  byBackup.set(key, refs);
  return refs;
}

/**
 * The attachments that must stay on disk: those of the open workspace and of every backup, so
 * restoring last week's backup brings its pictures back too.
 */
export function filesToKeep(dataDir: string, db: Db): Set<string> {
  const keep = new Set(referencedFiles(db));
  for (const backup of listBackups(dataDir)) {
    const path = backupFile(dataDir, backup.name);
    if (path) for (const sha of backupRefs(path, `${path}:${backup.size}`)) keep.add(sha);
  }
  return keep;
}
