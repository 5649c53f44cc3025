import type { ParsedInput } from '../../../shared/contract.ts';
import type { WatchedTerm } from '../../../shared/domain/mention-subject.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { requireClient } from '../../db/clients.ts';
import { competitorClient } from '../../db/competitors.ts';
import type { Db } from '../../db/types.ts';
import { listWatchedTerms, replaceWatchedTerms } from '../../db/watched-terms.ts';

/** The watched terms, whole; each competitor named must be one of the client's. */
export function saveWatchedTerms(
  db: Db,
  input: ParsedInput<'mentions.setTerms'>,
  now: string,
): WatchedTerm[] {
  requireClient(db, input.clientId);
  const issues: Issue[] = [];
  input.terms.forEach((t, i) => {
    if (t.subject.kind !== 'competitor') return;
    const of = competitorClient(db, t.subject.competitorId);
    if (of !== input.clientId)
      issues.push({
        path: ['terms', String(i), 'subject', 'competitorId'],
        code: of === undefined ? 'invalidId' : 'otherClient',
      });
  });
  if (issues.length > 0) throw new AppError('invalid_input', 'The watched terms cannot be saved', issues);
  replaceWatchedTerms(db, input.clientId, input.terms, now);
  return listWatchedTerms(db, input.clientId);
}
