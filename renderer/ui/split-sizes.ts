/** Pane sizes in percent of the split's room, by pane id, as saved in the preferences. */
export type PaneLayout = Record<string, number>;

/** How far the two panes of a split may go. */
export interface SplitLimits {
  /** The smallest share of each pane, in percent. */
  minFirst: number;
  minSecond: number;
  /** The second pane folds to a strip when taken below half its minimum (and by Enter). */
  foldable: boolean;
}

/** Where the divider is: the second pane's share when open, and whether it is folded. */
export interface SplitState {
  second: number;
  folded: boolean;
}

/** One arrow key moves the divider this far, as most splitters do. */
export const KEY_STEP = 5;

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Where a drag or a key would leave the divider: within both minimums, or folded (keeping the open share). */
export function settle(proposed: number, limits: SplitLimits, now: SplitState): SplitState {
  if (limits.foldable && proposed < limits.minSecond / 2) return { second: now.second, folded: true };
  return { second: clamp(proposed, limits.minSecond, 100 - limits.minFirst), folded: false };
}

/** The saved sizes read back: a second pane saved below its minimum was folded. */
export function stateOf(
  layout: PaneLayout,
  ids: readonly [string, string],
  limits: SplitLimits,
  fallback: number,
): SplitState {
  const saved = layout[ids[1]];
  if (saved === undefined || !Number.isFinite(saved)) return { second: fallback, folded: false };
  if (limits.foldable && saved < limits.minSecond) return { second: fallback, folded: true };
  return settle(saved, limits, { second: fallback, folded: false });
}

/** What is saved: both shares, rounded to a tenth; a folded pane as 0. */
export function layoutOf(state: SplitState, ids: readonly [string, string]): PaneLayout {
  const second = state.folded ? 0 : Math.round(state.second * 10) / 10;
  return { [ids[0]]: Math.round((100 - second) * 10) / 10, [ids[1]]: second };
}

/**
 * A key pressed on the divider, as the WAI-ARIA window splitter pattern has it: arrows along the
 * split move it, Home and End take the first pane to its smallest and largest, Enter folds and
 * unfolds. A foldable pane at its minimum folds at the next step towards it, and End folds it:
 * the first pane's largest is then the whole room, the maximum the divider announces.
 * Null when the key is not the divider's.
 */
export function afterKey(
  key: string,
  orientation: 'horizontal' | 'vertical',
  limits: SplitLimits,
  now: SplitState,
): SplitState | null {
  const [shrinkFirst, growFirst] =
    orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  const open = { ...now, folded: false };
  switch (key) {
    case shrinkFirst:
      return now.folded ? open : settle(now.second + KEY_STEP, limits, now);
    case growFirst:
      if (now.folded) return now;
      return limits.foldable && now.second <= limits.minSecond
        ? { ...now, folded: true }
        : settle(now.second - KEY_STEP, limits, now);
    case 'Home':
      return settle(100 - limits.minFirst, limits, now);
    case 'End':
      return limits.foldable ? { ...now, folded: true } : settle(limits.minSecond, limits, now);
    case 'Enter':
      return limits.foldable ? { ...now, folded: !now.folded } : null;
    default:
      return null;
  }
}
