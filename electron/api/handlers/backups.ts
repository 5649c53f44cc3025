import { rmSync } from 'node:fs';
import type { BackupList } from '../../../shared/domain/backup.ts';
import { AppError } from '../../../shared/errors.ts';
import { backupDir, backupFile, listBackups, takeBackup } from '../../db/backups.ts';
import { removeWithSideFiles, stageCopy } from '../../services/data-file/data-swap.ts';
import { openWorkspace, type Session } from '../../services/data-file/session.ts';
import type { SessionHandlerGroup } from '../types.ts';

const backupList = (session: Session): BackupList => ({
  items: listBackups(session.dataDir),
  keep: session.prefs.get().backupsKept,
  folder: backupDir(session.dataDir),
});

function existing(session: Session, name: string): string {
  const path = backupFile(session.dataDir, name);
  if (!path) throw new AppError('not_found', `No backup ${name}`, [{ path: ['name'], code: 'noBackup' }]);
  return path;
}

export const backupHandlers: SessionHandlerGroup<'backups'> = {
  'backups.list': (_input, session) => backupList(session),
  'backups.create': async (_input, session) => {
    const path = await takeBackup(openWorkspace(session).db, session.dataDir, 'manual', session.now());
    const made = listBackups(session.dataDir).find((b) => path.endsWith(b.name));
    if (!made) throw new Error(`The backup ${path} is not in the list`);
    return made;
  },
  'backups.restore': (input, session) =>
    session.exclusive(async () => {
      const staged = await stageCopy(session.dataDir, existing(session, input.name));
      try {
        const savedCurrentAs = await session.replaceData(staged, 'beforeRestore');
        return { name: input.name, savedCurrentAs };
      } finally {
        removeWithSideFiles(staged);
      }
    }),
  'backups.delete': (input, session) => {
    rmSync(existing(session, input.name), { force: true });
    return backupList(session);
  },
  'backups.setKeep': (input, session) => {
    session.keepBackups(input.keep);
    return backupList(session);
  },
};
