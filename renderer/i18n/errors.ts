import type { Issue } from '../../shared/errors.ts';
import { isRpcFailure } from '../api/rpc-failure.ts';
import type { TFunction } from './keys.ts';

export const issueMessage = (t: TFunction, issue: Issue): string =>
  t(`issues.${issue.code}`, { ...issue.params });

/** The user-facing sentence for any failure: the translated envelope code, or the generic one. */
export function errorMessage(t: TFunction, error: unknown): string {
  return isRpcFailure(error) ? t(`errors.${error.code}`) : t('errors.internal');
}

/** What went wrong with a file or a form as a whole: each issue's sentence, else the failure's. */
export const failureMessages = (t: TFunction, error: unknown): string[] =>
  isRpcFailure(error) && error.issues.length > 0
    ? error.issues.map((issue) => issueMessage(t, issue))
    : [errorMessage(t, error)];

/** Field name (issue.path[0]) → translated message; the first issue of a field wins. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRpcFailure(error)) return out;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (field !== undefined && !(field in out)) out[field] = issueMessage(t, issue);
  }
  return out;
}
