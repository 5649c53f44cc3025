import { isMac, isTypingTarget, layerOpen } from '../../common/hooks/shortcuts.ts';

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** The reports screen's letter, when no field has the keyboard: N makes a new report. */
export function pageKeyFor(event: KeyboardEvent): 'new' | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (isTypingTarget(event.target) || layerOpen()) return null;
  return event.key.toLowerCase() === 'n' ? 'new' : null;
}

/**
 * Ctrl+P (⌘P) on an open report saves its PDF, even from the summary being typed: the browser's
 * own print would give the same pages, but the app's saves the file where the user expects it.
 */
export function reportKeyFor(event: KeyPress & Pick<KeyboardEvent, 'defaultPrevented'>): 'pdf' | null {
  if (event.defaultPrevented || event.altKey || event.shiftKey || layerOpen()) return null;
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  return mod && event.key.toLowerCase() === 'p' ? 'pdf' : null;
}

/** A key on a report of the list: arrows move between reports, Delete (or Backspace) deletes it. */
export function listRowKeyFor(event: KeyPress): 'next' | 'previous' | 'delete' | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === 'ArrowDown') return 'next';
  if (event.key === 'ArrowUp') return 'previous';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'delete';
  return null;
}

/** Alt+↑ and Alt+↓ on a section's row move the section, as its buttons do. */
export function sectionKeyFor(event: KeyPress): -1 | 1 | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return event.key === 'ArrowUp' ? -1 : event.key === 'ArrowDown' ? 1 : null;
}

/** The reports' keys, for the shortcuts sheet. */
export function reportShortcutList(): { keys: string[]; action: string }[] {
  return [
    { keys: ['N'], action: 'reports.new' },
    { keys: [isMac() ? '⌘' : 'Ctrl', 'P'], action: 'reports.pdf' },
    { keys: ['↑', '↓'], action: 'reports.move' },
    { keys: ['Delete'], action: 'reports.delete' },
    { keys: ['Alt', '↑ ↓'], action: 'reports.section' },
  ];
}
