import { useQueryClient } from '@tanstack/react-query';
import type { Prefs, WorkspacePanes } from '../../../shared/domain/prefs.ts';
import { keys } from '../../api/keys.ts';
import { usePrefs, useSetPrefs } from '../../api/prefs.ts';
import type { PaneLayout, SplitLimits } from '../../ui/split-sizes.ts';

/**
 * The calendar takes most of the width (at 1366 px its days stay wide enough to read a caption);
 * the week's figures sit above the audience notes, tall enough to show them all without scrolling.
 */
export const DEFAULT_PANES: WorkspacePanes = {
  main: { calendar: 70, side: 30 },
  side: { summary: 58, notes: 42 },
};

/** Each split's panes, as saved, and how far they may go. */
export const SPLITS = {
  main: {
    ids: ['calendar', 'side'],
    limits: { minFirst: 35, minSecond: 22, foldable: true },
    fallback: DEFAULT_PANES.main.side ?? 30,
  },
  side: {
    ids: ['summary', 'notes'],
    limits: { minFirst: 15, minSecond: 15, foldable: false },
    fallback: DEFAULT_PANES.side.notes ?? 42,
  },
} as const satisfies Record<
  keyof WorkspacePanes,
  { ids: readonly [string, string]; limits: SplitLimits; fallback: number }
>;

/** The width of the side panes folded to a strip. */
export const SIDE_STRIP = '44px';

/**
 * The workspace's pane sizes, remembered in the preferences once the user lets go of a divider
 * (by mouse or keyboard) or folds the side, so every client's week opens the same way.
 */
export function usePaneLayout(group: keyof WorkspacePanes) {
  const qc = useQueryClient();
  const saved = usePrefs().data?.workspacePanes ?? DEFAULT_PANES;
  const setPrefs = useSetPrefs();
  const save = (layout: PaneLayout) => {
    const current = qc.getQueryData<Prefs>(keys.prefs)?.workspacePanes ?? DEFAULT_PANES;
    setPrefs.mutate({ workspacePanes: { ...current, [group]: layout } });
  };
  return { layout: saved[group], save };
}
