import { describe, expect, it } from 'vitest';
import {
  afterKey,
  layoutOf,
  type SplitLimits,
  settle,
  stateOf,
} from '../../../../renderer/ui/split-sizes.ts';

const SIDE: SplitLimits = { minFirst: 35, minSecond: 22, foldable: true };
const NOTES: SplitLimits = { minFirst: 15, minSecond: 15, foldable: false };
const IDS = ['calendar', 'side'] as const;
const open = (second: number) => ({ second, folded: false });

describe('a two-pane split', () => {
  it('keeps both panes above their minimums wherever the divider is dragged', () => {
    expect(settle(30, SIDE, open(30))).toEqual(open(30));
    expect(settle(80, SIDE, open(30))).toEqual(open(65));
    expect(settle(15, SIDE, open(30))).toEqual(open(22));
    expect(settle(2, NOTES, open(40))).toEqual(open(15));
  });

  it('folds a foldable pane dragged below half its minimum, and opens it again at the width it had', () => {
    const folded = settle(10, SIDE, open(34));
    expect(folded).toEqual({ second: 34, folded: true });
    expect(settle(25, SIDE, folded)).toEqual(open(25));
  });

  it('saves rounded shares, a folded pane as 0, and reads them back the same way', () => {
    expect(layoutOf(open(27.345), IDS)).toEqual({ calendar: 72.7, side: 27.3 });
    expect(layoutOf({ second: 27, folded: true }, IDS)).toEqual({ calendar: 100, side: 0 });
    expect(stateOf({ calendar: 72.7, side: 27.3 }, IDS, SIDE, 30)).toEqual(open(27.3));
    // Folded, saved as 0 or as the strip's few percent by the earlier splitter: it opens at the default.
    expect(stateOf({ calendar: 100, side: 0 }, IDS, SIDE, 30)).toEqual({ second: 30, folded: true });
    expect(stateOf({ calendar: 96.8, side: 3.2 }, IDS, SIDE, 30)).toEqual({ second: 30, folded: true });
    // Nothing saved for it, or a size no longer allowed.
    expect(stateOf({}, IDS, SIDE, 30)).toEqual(open(30));
    expect(stateOf({ summary: 95, notes: 5 }, ['summary', 'notes'], NOTES, 42)).toEqual(open(15));
  });

  it('moves by keys as a window splitter does: arrows along the split, Home, End, Enter folds', () => {
    expect(afterKey('ArrowRight', 'horizontal', SIDE, open(30))).toEqual(open(25));
    expect(afterKey('ArrowLeft', 'horizontal', SIDE, open(30))).toEqual(open(35));
    expect(afterKey('ArrowDown', 'horizontal', SIDE, open(30))).toBeNull();
    expect(afterKey('ArrowDown', 'vertical', NOTES, open(42))).toEqual(open(37));
    expect(afterKey('ArrowUp', 'vertical', NOTES, open(42))).toEqual(open(47));
    expect(afterKey('Home', 'horizontal', SIDE, open(30))).toEqual(open(65));
    expect(afterKey('End', 'vertical', NOTES, open(42))).toEqual(open(15));
    // A foldable pane: End folds it, and so does the next step past its minimum.
    expect(afterKey('End', 'horizontal', SIDE, open(30))).toEqual({ second: 30, folded: true });
    expect(afterKey('ArrowRight', 'horizontal', SIDE, open(25))).toEqual(open(22));
    expect(afterKey('ArrowRight', 'horizontal', SIDE, open(22))).toEqual({ second: 22, folded: true });
    expect(afterKey('Enter', 'horizontal', SIDE, open(30))).toEqual({ second: 30, folded: true });
    expect(afterKey('Enter', 'horizontal', SIDE, { second: 30, folded: true })).toEqual(open(30));
    expect(afterKey('Enter', 'vertical', NOTES, open(42))).toBeNull();
    // Folded, the key that widens the pane opens it; the one that narrows it does nothing.
    expect(afterKey('ArrowLeft', 'horizontal', SIDE, { second: 30, folded: true })).toEqual(open(30));
    expect(afterKey('ArrowRight', 'horizontal', SIDE, { second: 30, folded: true })).toEqual({
      second: 30,
      folded: true,
    });
    expect(afterKey('a', 'horizontal', SIDE, open(30))).toBeNull();
  });
});
