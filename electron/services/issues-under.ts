import { AppError } from '../../shared/errors.ts';

/**
 * Runs `work`, placing a refusal's issues under `path`: a call that nests another method's input
 * (an audit's action made into a post) points the user at the field of the form they filled.
 */
export function issuesUnder<T>(path: readonly string[], work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof AppError) || error.issues === undefined) throw error;
    throw new AppError(
      error.code,
      error.message,
      error.issues.map((i) => ({ ...i, path: [...path, ...i.path] })),
    );
  }
}
