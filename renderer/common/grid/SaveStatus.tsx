import type { ReactNode } from 'react';
import { Button } from '../../ui/Button.tsx';
import styles from './Grid.module.css';
import type { SaveState } from './use-cell-saves.ts';

export interface SaveStatusProps {
  /** What the grid holds ("12 posts · engagement rate 4.2 %"). */
  summary: ReactNode;
  state: SaveState;
  /** The words for where the saves stand. */
  stateText: (state: Exclude<SaveState, 'idle'>) => string;
  /** What was refused and why, translated; null when nothing was. */
  problem: string | null;
  dismissLabel: string;
  onDismiss: () => void;
}

/**
 * Above a grid: what it holds, where the saves stand (read out politely), and what was refused
 * and why (read out at once).
 */
export function SaveStatus({ summary, state, stateText, problem, dismissLabel, onDismiss }: SaveStatusProps) {
  return (
    <>
      <div className={styles.status}>
        <span className={styles.summary}>{summary}</span>
        <span className={styles.saveState} data-state={state} role="status">
          {state === 'idle' ? '' : stateText(state)}
        </span>
      </div>
      <div role="alert" className={styles.problemSlot}>
        {problem !== null && (
          <p className={styles.problem}>
            <span>{problem}</span>
            <Button variant="ghost" size="small" onClick={onDismiss}>
              {dismissLabel}
            </Button>
          </p>
        )}
      </div>
    </>
  );
}
