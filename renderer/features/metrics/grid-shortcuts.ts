import { isMac } from '../../common/hooks/shortcuts.ts';

/**
 * The Numbers grid's keys, for the cheat-sheet: the spreadsheet ones, and where Enter and Tab go
 * at the end of a row or a column (grid-nav.ts, use-grid-events.ts).
 */
export function gridShortcutList(): { keys: string[]; action: string }[] {
  const mod = isMac() ? '⌘' : 'Ctrl';
  return [
    { keys: ['0–9'], action: 'grid.type' },
    { keys: ['Tab'], action: 'grid.tab' },
    { keys: ['Enter'], action: 'grid.enter' },
    { keys: ['Shift'], action: 'grid.back' },
    { keys: ['F2'], action: 'grid.change' },
    { keys: ['Esc'], action: 'grid.cancel' },
    { keys: ['Delete'], action: 'grid.clear' },
    { keys: ['Home', 'End'], action: 'grid.rowEdges' },
    { keys: [mod, 'V'], action: 'grid.paste' },
    { keys: [mod, 'Z'], action: 'grid.undo' },
  ];
}
