import { useRef, useState } from 'react';
import type { Report } from '../../../shared/domain/report.ts';
import { type Autosave, useAutosave } from '../../common/hooks/autosave.ts';
import { useUpdateReport } from './queries.ts';
import { draftOf, patchOf, type ReportDraft } from './report-draft.ts';

/** As the audit's notes: long enough not to write on every key, short enough that leaving loses nothing. */
export const SAVE_DELAY_MS = 600;

/**
 * Everything on the report is saved as the user goes, as the audit is (common/hooks/autosave.ts):
 * a switch, a move or a choice at once, typing after a pause. Only what changed is sent.
 */
export function useReportAutosave(report: Report): Autosave<ReportDraft> {
  const update = useUpdateReport();
  const [initial] = useState(() => draftOf(report));
  const saved = useRef(initial);
  return useAutosave({
    initial,
    delayMs: SAVE_DELAY_MS,
    outgoing: (draft) => ({ changes: patchOf(saved.current, draft) }),
    send: async (patch) => {
      const stored = await update.mutateAsync({ id: report.id, ...patch });
      // The title the server trimmed stays as typed on screen; the rest is what it stored.
      saved.current = { ...draftOf(stored), title: stored.title };
    },
  });
}
