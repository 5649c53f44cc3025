import { useRef, useState } from 'react';
import type { Audit } from '../../../shared/domain/audit.ts';
import { type Autosave, type LiveDraft, useAutosave } from '../../common/hooks/autosave.ts';
import { type AuditDraft, actionsToSend, draftOf, patchOf, savedDraft, withSavedIds } from './audit-draft.ts';
import { keptPeriodIssue } from './audit-period.ts';
import { useUpdateAudit } from './queries.ts';

/** Long enough not to write on every key, short enough that leaving loses nothing in practice. */
export const SAVE_DELAY_MS = 600;

export interface AuditAutosave extends Autosave<AuditDraft> {
  /** The server answered another way (an action made into something): what it holds now. */
  adopt: (audit: Audit) => void;
}

/**
 * Everything on the audit is saved as the user goes (common/hooks/autosave.ts): a score picked, an
 * action added or removed at once, typing after a pause. Only what changed is sent; a period that
 * does not read yet waits while the rest is saved.
 */
export function useAuditAutosave(audit: Audit): AuditAutosave {
  const update = useUpdateAudit();
  const [initial] = useState(() => draftOf(audit));
  const saved = useRef(initial);

  // New actions get their ids from what the server stored, matched to the rows they were sent from.
  const adoptStored = (live: LiveDraft<AuditDraft>, stored: Audit, sent: readonly string[] | null) => {
    const now = live.current();
    const actions = withSavedIds(now.actions, sent, stored);
    saved.current = savedDraft(stored, actions);
    live.replace({ ...now, actions });
  };

  const autosave = useAutosave({
    initial,
    delayMs: SAVE_DELAY_MS,
    outgoing: (draft) => ({
      changes: patchOf(saved.current, draft, keptPeriodIssue(draft.from, draft.to) === null),
    }),
    send: async (patch, live) => {
      const { actions } = live.current();
      const sent = patch.actions ? actionsToSend(actions, saved.current.actions).sent : null;
      adoptStored(live, await update.mutateAsync({ id: audit.id, ...patch }), sent);
    },
  });
  return { ...autosave, adopt: (stored) => adoptStored(autosave, stored, null) };
}
