import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import styles from './SplitPanes.module.css';
import {
  afterKey,
  layoutOf,
  type PaneLayout,
  type SplitLimits,
  type SplitState,
  settle,
  stateOf,
} from './split-sizes.ts';

const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');

interface SplitPanesProps {
  /** Horizontal: side by side, the divider is a vertical bar. */
  orientation: 'horizontal' | 'vertical';
  ids: readonly [string, string];
  /** The sizes saved, or the defaults; read once, when the split is first drawn. */
  layout: PaneLayout;
  /** The second pane's share when nothing usable is saved, and when a pane saved folded opens. */
  fallback: number;
  limits: SplitLimits;
  /** A foldable split's second pane folded to `foldedSize`; its owner draws what it shows then. */
  folded?: boolean;
  onFoldedChange?: (folded: boolean) => void;
  foldedSize?: string;
  /** The user let go of the divider, moved it by key, or folded: the sizes to remember. */
  onLayoutChanged: (layout: PaneLayout) => void;
  /** The divider's name for a screen reader. */
  label: string;
  className?: string;
  paneClassNames: readonly [string | undefined, string | undefined];
  first: ReactNode;
  second: ReactNode;
}

/**
 * Two panes and the divider between them, sized by mouse, touch and keyboard. Ours rather than a
 * library's: the week workspace is the first screen, and a general splitter weighed 15 KB gzip of
 * it. The panes are flex items grown in proportion to their shares, so the browser, not a script,
 * lays them out; the pane elements passed in keep their identity while the divider moves, so a
 * drag redraws the divider and the sizes, not the panes' contents.
 */
export function SplitPanes(props: SplitPanesProps) {
  const { orientation, ids, limits, folded = false, onFoldedChange, foldedSize = '0px' } = props;
  const firstId = useId();
  const room = useRef<HTMLDivElement>(null);
  const [second, setSecond] = useState(() => stateOf(props.layout, ids, limits, props.fallback).second);
  // The pointer that took the divider: a second finger on a touch screen neither moves nor drops it.
  const [dragging, setDragging] = useState<number | null>(null);
  const now: SplitState = { second, folded };

  const apply = (next: SplitState) => {
    setSecond(next.second);
    if (next.folded !== folded) onFoldedChange?.(next.folded);
  };

  // Reported once the user is done (not at each pixel of a drag), and only what changed.
  const { onLayoutChanged } = props;
  const reported = useRef(JSON.stringify(layoutOf(now, ids)));
  useEffect(() => {
    if (dragging !== null) return;
    const layout = layoutOf({ second, folded }, ids);
    const text = JSON.stringify(layout);
    if (text === reported.current) return;
    reported.current = text;
    onLayoutChanged(layout);
  }, [dragging, second, folded, ids, onLayoutChanged]);

  const horizontal = orientation === 'horizontal';
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerId !== dragging) return;
    const box = room.current?.getBoundingClientRect();
    if (!box) return;
    const bar = event.currentTarget.getBoundingClientRect();
    const [end, at, barSize, size] = horizontal
      ? [box.right, event.clientX, bar.width, box.width]
      : [box.bottom, event.clientY, bar.height, box.height];
    const roomLeft = size - barSize;
    if (roomLeft <= 0) return;
    apply(settle(((end - at - barSize / 2) / roomLeft) * 100, limits, now));
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || dragging !== null) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus({ preventScroll: true });
    setDragging(event.pointerId);
  };
  const drop = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerId === dragging) setDragging(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = afterKey(event.key, orientation, limits, now);
    if (!next) return;
    event.preventDefault();
    apply(next);
  };

  const grow = (share: number): CSSProperties => ({ flex: `${share} 1 0px` });
  const firstStyle = folded ? grow(1) : grow(100 - second);
  const secondStyle = folded ? { flex: `0 0 ${foldedSize}` } : grow(second);
  const valueNow = Math.round(folded ? 100 : 100 - second);
  return (
    <div
      ref={room}
      className={classes(styles.split, horizontal ? styles.horizontal : styles.vertical, props.className)}
    >
      <div id={firstId} className={classes(styles.pane, props.paneClassNames[0])} style={firstStyle}>
        {props.first}
      </div>
      {/* biome-ignore lint/a11y/useSemanticElements: <hr> cannot be focused, dragged, nor hold a value; a window splitter is a focusable separator (WAI-ARIA). */}
      <div
        role="separator"
        tabIndex={0}
        aria-label={props.label}
        aria-orientation={horizontal ? 'vertical' : 'horizontal'}
        aria-controls={firstId}
        aria-valuenow={valueNow}
        aria-valuemin={limits.minFirst}
        aria-valuemax={limits.foldable ? 100 : 100 - limits.minSecond}
        data-separator={dragging === null ? 'inactive' : 'active'}
        className={styles.divider}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={drop}
        onLostPointerCapture={drop}
        onKeyDown={onKeyDown}
      />
      <div className={classes(styles.pane, props.paneClassNames[1])} style={secondStyle}>
        {props.second}
      </div>
    </div>
  );
}
