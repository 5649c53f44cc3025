import type { StartupProblem } from '../../../shared/domain/startup-problem.ts';
import { DatabaseDamagedError, DatabaseTooNewError, StorageError } from '../../db/errors.ts';
import { DataFolderInUseError } from './data-lock.ts';

/** What the page needs to explain a failed start; the errors themselves stay in the main process. */
export function describeProblem(error: unknown): StartupProblem {
  if (error instanceof DatabaseDamagedError)
    return { kind: error.reason, movedTo: error.movedTo, detail: error.detail };
  if (error instanceof DatabaseTooNewError)
    return { kind: 'tooNew', path: error.path, found: error.found, supported: error.supported };
  if (error instanceof DataFolderInUseError) return { kind: 'inUse', path: error.dataDir, pid: error.pid };
  if (error instanceof StorageError)
    return error.problem === 'diskFull'
      ? { kind: 'diskFull', path: error.path }
      : { kind: 'unwritable', path: error.path, detail: error.message };
  console.error('Calepin could not open its data:', error);
  return { kind: 'unknown', detail: error instanceof Error ? error.message : String(error) };
}

// The same problems in words, before any page exists: a dialog (the app) or the terminal (the web host).
const TEXT = {
  en: {
    tooNew: (e: DatabaseTooNewError) =>
      `This data file was made by a newer version of Calepin (format ${e.found}; this version reads up to ${e.supported}).\nUpdate Calepin to open it. The file has not been changed:\n${e.path}`,
    damaged: (e: DatabaseDamagedError) =>
      `The data file could not be read. It was moved aside, not deleted:\n${e.movedTo}${e.latestBackup ? `\nThe latest backup is:\n${e.latestBackup}` : ''}`,
    inUse: (e: DataFolderInUseError) =>
      `Calepin is already open on this data folder (process ${e.pid}). Close it first, or use another folder with --data-dir:\n${e.dataDir}`,
    other: (e: unknown) =>
      `Calepin could not open its data file: ${e instanceof Error ? e.message : String(e)}`,
  },
  fr: {
    tooNew: (e: DatabaseTooNewError) =>
      `Ce fichier de données a été créé par une version plus récente de Calepin (format ${e.found} ; cette version lit jusqu’au format ${e.supported}).\nMettez Calepin à jour pour l’ouvrir. Le fichier n’a pas été modifié :\n${e.path}`,
    damaged: (e: DatabaseDamagedError) =>
      `Le fichier de données est illisible. Il a été mis de côté, pas supprimé :\n${e.movedTo}${e.latestBackup ? `\nLa dernière sauvegarde est :\n${e.latestBackup}` : ''}`,
    inUse: (e: DataFolderInUseError) =>
      `Calepin est déjà ouvert sur ce dossier de données (processus ${e.pid}). Fermez-le d’abord, ou choisissez un autre dossier avec --data-dir :\n${e.dataDir}`,
    other: (e: unknown) =>
      `Calepin n’a pas pu ouvrir son fichier de données : ${e instanceof Error ? e.message : String(e)}`,
  },
};

/** The message shown when the database cannot be opened, before any UI exists (dialog or terminal). */
export function describeStartupError(error: unknown, language: 'fr' | 'en'): string {
  const t = TEXT[language];
  if (error instanceof DatabaseTooNewError) return t.tooNew(error);
  if (error instanceof DatabaseDamagedError) return t.damaged(error);
  if (error instanceof DataFolderInUseError) return t.inUse(error);
  return t.other(error);
}
