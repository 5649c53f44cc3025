import { isRpcFailure } from '../../api/rpc-failure.ts';
import { errorMessage, issueMessage } from '../../i18n/errors.ts';
import type { TFunction } from '../../i18n/keys.ts';

/**
 * Why a file was turned down says more than the failure's code: "This is not a Calepin workspace
 * file" rather than "Some information is missing or invalid".
 */
export function explainFailure(t: TFunction, error: unknown): string {
  const issue = isRpcFailure(error) ? error.issues[0] : undefined;
  return issue ? issueMessage(t, issue) : errorMessage(t, error);
}
