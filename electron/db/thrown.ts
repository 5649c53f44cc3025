import { AppError, type Issue } from '../../shared/errors.ts';

/**
 * An error as it crosses from a worker thread: a structured clone keeps an Error's message but not
 * its class nor SQLite's `code`, which decide how the main process answers (damage, a full disk,
 * an invalid file).
 */
export interface Thrown {
  name: string;
  message: string;
  code?: string;
  issues?: Issue[];
}

export function describeThrown(error: unknown): Thrown {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error instanceof AppError && error.issues ? { issues: error.issues } : {}),
  };
}

export function rebuildThrown(thrown: Thrown): Error {
  if (thrown.name === 'AppError' && thrown.code)
    return new AppError(thrown.code as AppError['code'], thrown.message, thrown.issues);
  const error = new Error(thrown.message) as Error & { code?: string };
  error.name = thrown.name;
  if (thrown.code) error.code = thrown.code;
  return error;
}
