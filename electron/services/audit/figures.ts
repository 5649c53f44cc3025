import type { AuditFigures, AuditFiguresQuery } from '../../../shared/domain/audit-figures.ts';
import { requireClient } from '../../db/clients.ts';
import type { Db } from '../../db/types.ts';

/** The six questions' answers from the data, for one client and period. */
export function auditFigures(db: Db, q: AuditFiguresQuery, _now: Date): AuditFigures {
  requireClient(db, q.clientId);
  return { from: q.from, to: q.to };
}
