import type { ParsedInput } from '../../../shared/contract.ts';
import type { ActionOutcome, Audit } from '../../../shared/domain/audit.ts';
import { auditAction, getAudit, setActionOutcome } from '../../db/audits.ts';
import { createObjective } from '../../db/objectives.ts';
import { createPillar } from '../../db/pillars.ts';
import { createPost } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import { issuesUnder } from '../issues-under.ts';

/**
 * An audit's action made, in one step, into the objective, pillar or draft post it asks for: always
 * of the audit's client, so an action cannot reach another client's channel, pillar or segment.
 */
export function takeAction(db: Db, input: ParsedInput<'audits.act'>, now: string): Audit {
  const { action, clientId } = auditAction(db, input.actionId);
  const outcome = ((): ActionOutcome => {
    switch (input.as) {
      case 'objective':
        return {
          kind: 'objective',
          id: issuesUnder(['objective'], () => createObjective(db, { ...input.objective, clientId }, now)).id,
        };
      case 'pillar':
        return {
          kind: 'pillar',
          id: issuesUnder(['pillar'], () => createPillar(db, { ...input.pillar, clientId }, now)).id,
        };
      case 'post': {
        const post = {
          ...input.post,
          clientId,
          status: 'draft' as const,
          caption: input.post.caption.trim() === '' ? action.text : input.post.caption,
        };
        return { kind: 'post', id: issuesUnder(['post'], () => createPost(db, post, now)).id };
      }
    }
  })();
  setActionOutcome(db, action.id, outcome, now);
  return getAudit(db, action.audit_id);
}
