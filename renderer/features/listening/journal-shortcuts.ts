import { isMac } from '../../common/hooks/shortcuts.ts';

/** The journal's keys, for the shortcuts sheet: the form's, then a focused mention's. */
export function journalShortcutList(): { keys: string[]; action: string }[] {
  return [
    { keys: [isMac() ? '⌘' : 'Ctrl', 'Enter'], action: 'journal.log' },
    { keys: ['+', '=', '−'], action: 'journal.sentiment' },
    { keys: ['Enter'], action: 'journal.edit' },
    { keys: ['Delete'], action: 'journal.delete' },
  ];
}
