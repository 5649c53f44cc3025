import type { StartupProblem } from '../../shared/domain/startup-problem.ts';
import { DatabaseDamagedError, DatabaseTooNewError, StorageError } from '../db/errors.ts';
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
