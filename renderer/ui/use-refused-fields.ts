import { useState } from 'react';
import type { Issue } from '../../shared/errors.ts';
import { isRpcFailure } from '../api/rpc-failure.ts';
import { useTranslation } from '../i18n/context.tsx';
import { issueMessage } from '../i18n/errors.ts';

/** A form's issues by field key (`name`, `tags.2`, `places.<row key>.share`…), the first of a field kept. */
export type IssuesByField = Record<string, Issue>;

/**
 * A form's last refusal, kept with the rows it was about: the server numbers a row's issues among
 * the rows sent, and `byField` puts each under the row it names, whatever was added or removed
 * since. Its messages follow the language shown.
 */
export function useRefusedFields<R>(
  byField: (issues: readonly Issue[], rows: readonly R[]) => IssuesByField,
) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<{ issues: readonly Issue[]; rows: readonly R[] }>({
    issues: [],
    rows: [],
  });
  const fields = byField(refusal.issues, refusal.rows);
  const error = (key: string) => {
    const issue = fields[key];
    return issue ? issueMessage(t, issue) : undefined;
  };
  return {
    /** Keeps a failure of the values sent, with their rows. */
    refuse: (failure: unknown, rows: readonly R[]) =>
      setRefusal({ issues: isRpcFailure(failure) ? failure.issues : [], rows }),
    error,
    /** The first issue about a list (`sectors`, `sectors.3`…). */
    listError: (field: string) => {
      const key = Object.keys(fields).find((k) => k === field || k.startsWith(`${field}.`));
      return key ? error(key) : undefined;
    },
  };
}
