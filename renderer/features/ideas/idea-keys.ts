import { IDEA_STATUSES, type IdeaStatus } from '../../../shared/domain/idea.ts';
import { isMac, isTypingTarget, layerOpen } from '../../common/hooks/shortcuts.ts';

/** What a key pressed on an idea of the list does. */
export type RowAction =
  | { kind: 'status'; status: IdeaStatus }
  | { kind: 'plan' }
  | { kind: 'delete' }
  | { kind: 'edit' }
  | { kind: 'move'; to: 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp' };

type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

const MOVES: Record<string, Extract<RowAction, { kind: 'move' }>['to']> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'pageDown',
  PageUp: 'pageUp',
};

/**
 * A focused idea's keys: arrows move, Enter edits, 1–4 set its status in the order the statuses
 * go (new, planned, used, dropped), P plans it, Delete moves it to the Trash.
 */
export function rowActionFor(event: KeyPress): RowAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const move = MOVES[event.key];
  if (move) return { kind: 'move', to: move };
  if (event.key === 'Enter') return { kind: 'edit' };
  if (event.key === 'Delete' || event.key === 'Backspace') return { kind: 'delete' };
  if (event.key.toLowerCase() === 'p' && !event.shiftKey) return { kind: 'plan' };
  const status = IDEA_STATUSES[Number(event.key) - 1];
  return /^[1-4]$/.test(event.key) && status ? { kind: 'status', status } : null;
}

/** The screen's own letters, when no field has the keyboard: N captures, / searches. */
export type PageAction = 'capture' | 'search';

export function pageActionFor(event: KeyboardEvent): PageAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  if (isTypingTarget(event.target) || layerOpen()) return null;
  if (event.key === '/') return 'search';
  if (event.key.toLowerCase() === 'n' && !event.shiftKey) return 'capture';
  return null;
}

/** The capture shortcut the app wires everywhere, as this platform writes it. */
export const captureShortcut = (): string => (isMac() ? '⌘⇧I' : 'Ctrl+Shift+I');

/** The next row's index for a move, kept within the list; `page` rows make a page. */
export function movedIndex(
  from: number,
  to: Extract<RowAction, { kind: 'move' }>['to'],
  count: number,
  page: number,
): number {
  if (count === 0) return -1;
  const at = Math.max(from, 0);
  const next = {
    next: from < 0 ? 0 : at + 1,
    previous: at - 1,
    first: 0,
    last: count - 1,
    pageDown: at + page,
    pageUp: at - page,
  }[to];
  return Math.min(count - 1, Math.max(0, next));
}

/** The ideas bank's keys, for the shortcuts sheet. */
export function ideaShortcutList(): { keys: string[]; action: string }[] {
  return [
    { keys: ['N'], action: 'ideas.capture' },
    { keys: ['/'], action: 'ideas.search' },
    { keys: ['↑', '↓'], action: 'ideas.move' },
    { keys: ['Enter'], action: 'ideas.edit' },
    { keys: ['1', '2', '3', '4'], action: 'ideas.status' },
    { keys: ['P'], action: 'ideas.plan' },
    { keys: ['Delete'], action: 'ideas.delete' },
  ];
}
