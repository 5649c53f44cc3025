import { useCallback, useEffect, useRef, useState } from 'react';
import type { Report } from '../../../shared/domain/report.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import { useUpdateReport } from './queries.ts';
import { draftOf, patchOf, type ReportDraft } from './report-draft.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** As the audit's notes: long enough not to write on every key, short enough that leaving loses nothing. */
export const SAVE_DELAY_MS = 600;

export interface ReportAutosave {
  draft: ReportDraft;
  /** A change to the draft; `now` writes it at once (a switch, a move, a choice). */
  change: (update: (draft: ReportDraft) => ReportDraft, options?: { now?: boolean }) => void;
  state: SaveState;
  failure: unknown;
  /** Writes what is pending now; resolves true once it is stored. */
  flush: () => Promise<boolean>;
}

/**
 * Everything on the report is saved as the user goes, as the audit is: a short pause after
 * typing, at once for a click, one write in flight at a time, and whatever is pending when the
 * report is left, the window closed or the app quit (common/hooks/flush.ts). Only what changed is sent.
 */
export function useReportAutosave(report: Report): ReportAutosave {
  const update = useUpdateReport();
  const [draft, setDraft] = useState(() => draftOf(report));
  const [state, setState] = useState<SaveState>('idle');
  const [failure, setFailure] = useState<unknown>(null);
  const latest = useRef(draft);
  const saved = useRef(draft);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const id = report.id;

  const writeOnce = useCallback(async (): Promise<boolean> => {
    const patch = patchOf(saved.current, latest.current);
    if (!patch) {
      setState((s) => (s === 'idle' ? s : 'saved'));
      return true;
    }
    setState('saving');
    try {
      const stored = await update.mutateAsync({ id, ...patch });
      // The title the server trimmed stays as typed on screen; the rest is what it stored.
      saved.current = { ...draftOf(stored), title: stored.title };
      setFailure(null);
      setState(patchOf(saved.current, latest.current) ? 'pending' : 'saved');
      return true;
    } catch (error) {
      setFailure(error);
      setState('failed');
      return false;
    }
  }, [id, update.mutateAsync]);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    while (running.current) await running.current;
    running.current = writeOnce();
    try {
      return await running.current;
    } finally {
      running.current = null;
    }
  }, [writeOnce]);

  const change = useCallback<ReportAutosave['change']>(
    (fn, options) => {
      latest.current = fn(latest.current);
      setDraft(latest.current);
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      if (options?.now) void flush();
      else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  useFlusher(() => flush());
  useEffect(() => () => void flush(), [flush]);
  return { draft, change, state, failure, flush };
}
