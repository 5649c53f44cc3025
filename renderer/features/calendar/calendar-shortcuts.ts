import { isMac, isTypingTarget, layerOpen } from '../../common/hooks/shortcuts.ts';

export type CalendarAction =
  | 'newPost'
  | 'today'
  | 'next'
  | 'previous'
  | 'goTo'
  | 'week'
  | 'month'
  | 'list'
  | 'search'
  | 'clearSelection'
  | 'deleteSelected'
  | 'selectAll';

/** Google Calendar's letters where they exist: freelancers already have them in their fingers. */
export const CALENDAR_SHORTCUTS: { keys: string[]; action: CalendarAction }[] = [
  { keys: ['N'], action: 'newPost' },
  { keys: ['T'], action: 'today' },
  { keys: ['J'], action: 'next' },
  { keys: ['K'], action: 'previous' },
  { keys: ['G'], action: 'goTo' },
  { keys: ['W'], action: 'week' },
  { keys: ['M'], action: 'month' },
  { keys: ['L'], action: 'list' },
  { keys: ['/'], action: 'search' },
  { keys: ['Esc'], action: 'clearSelection' },
  { keys: ['Delete'], action: 'deleteSelected' },
];

/** Listed with the calendar's letters; the modifier is the platform's. */
export function calendarShortcutList(): { keys: string[]; action: CalendarAction }[] {
  return [...CALENDAR_SHORTCUTS, { keys: [isMac() ? '⌘' : 'Ctrl', 'A'], action: 'selectAll' }];
}

/** On a focused card. */
export const CARD_SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['←', '→', '↑', '↓'], action: 'focus' },
  { keys: ['Alt', '← →'], action: 'moveDay' },
  { keys: ['Alt', '↑ ↓'], action: 'moveHour' },
  { keys: ['X'], action: 'select' },
  { keys: ['D'], action: 'duplicate' },
  { keys: ['Enter'], action: 'open' },
  { keys: ['Delete'], action: 'delete' },
];

const BY_KEY: Record<string, CalendarAction> = {
  n: 'newPost',
  t: 'today',
  j: 'next',
  k: 'previous',
  g: 'goTo',
  w: 'week',
  m: 'month',
  l: 'list',
  '/': 'search',
  escape: 'clearSelection',
  // A card takes its own Delete first; this one is for a selection while no card has the focus
  // (after the toolbar's menu, whose refresh may still be running when the user presses it).
  delete: 'deleteSelected',
};

export function calendarShortcutFor(event: KeyboardEvent): CalendarAction | null {
  if (event.defaultPrevented || event.altKey) return null;
  if (isTypingTarget(event.target) || layerOpen()) return null;
  // Ctrl+A / ⌘A selects the posts on screen, as it selects the files of a folder; in a field it is the field's.
  if (event.ctrlKey || event.metaKey)
    return event.key.toLowerCase() === 'a' && !event.shiftKey ? 'selectAll' : null;
  return BY_KEY[event.key.toLowerCase()] ?? null;
}
