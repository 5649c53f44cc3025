import { useQueryClient } from '@tanstack/react-query';
import type { Layout } from 'react-resizable-panels';
import type { Prefs, WorkspacePanes } from '../../../shared/domain/prefs.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';

/**
 * The calendar takes most of the width (at 1366 px its days stay wide enough to read a caption);
 * the week's figures sit above the audience notes, tall enough to show them all without scrolling.
 */
export const DEFAULT_PANES: WorkspacePanes = {
  main: { calendar: 70, side: 30 },
  side: { summary: 58, notes: 42 },
};

/** The width of the side panes folded to a strip. */
export const SIDE_STRIP = '44px';

/**
 * The workspace's pane sizes, remembered in the preferences once the user lets go of a divider
 * (by mouse or keyboard), so every client's week opens the same way.
 */
export function usePaneLayout(group: keyof WorkspacePanes) {
  const qc = useQueryClient();
  const saved = usePrefs().data?.workspacePanes ?? DEFAULT_PANES;
  const setPrefs = useSetPrefs();
  const save = (layout: Layout) => {
    const current = qc.getQueryData<Prefs>(keys.prefs)?.workspacePanes ?? DEFAULT_PANES;
    const rounded = Object.fromEntries(
      Object.entries(layout).map(([id, size]) => [id, Math.round(size * 10) / 10]),
    );
    setPrefs.mutate({ workspacePanes: { ...current, [group]: rounded } });
  };
  return { defaultLayout: saved[group], save };
}
