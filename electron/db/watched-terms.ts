import type { WatchedTerm, WatchedTermsSave } from '../../shared/domain/mention-subject.ts';
import { newId } from './row.ts';
import { stmt } from './statements.ts';
import { type SubjectColumns, subjectColumns, subjectOf } from './subject-columns.ts';
import type { Db } from './types.ts';

interface TermRow extends SubjectColumns {
  id: string;
  term: string;
}

/** A client's watched terms in the user's order; a trashed competitor's are left out until it comes back. */
export function listWatchedTerms(db: Db, clientId: string): WatchedTerm[] {
  return stmt<[string], TermRow>(
    db,
    `SELECT t.id, t.term, t.subject_kind, t.competitor_id, t.topic FROM watched_terms t
     LEFT JOIN competitors c ON c.id = t.competitor_id
     WHERE t.client_id = ? AND t.deleted_at IS NULL AND (t.competitor_id IS NULL OR c.deleted_at IS NULL)
     ORDER BY t.position`,
  )
    .all(clientId)
    .map((r) => ({ id: r.id, term: r.term, subject: subjectOf(r) }));
}

/** The list is edited whole, so it is written whole: the undo of an edit writes the list from before. */
export function replaceWatchedTerms(
  db: Db,
  clientId: string,
  terms: ReturnType<typeof WatchedTermsSave.parse>['terms'],
  now: string,
): void {
  // A trashed competitor's terms are not in the list shown: they stay for its return.
  stmt(
    db,
    `DELETE FROM watched_terms WHERE client_id = ?
     AND (competitor_id IS NULL OR competitor_id IN (SELECT id FROM competitors WHERE deleted_at IS NULL))`,
  ).run(clientId);
  terms.forEach((t, position) => {
    stmt(
      db,
      `INSERT INTO watched_terms (id, client_id, term, position, subject_kind, competitor_id, topic, created_at, updated_at)
       VALUES (@id, @clientId, @term, @position, @subject_kind, @competitor_id, @topic, @now, @now)`,
    ).run({ id: newId(), clientId, term: t.term, position, ...subjectColumns(t.subject), now });
  });
}
