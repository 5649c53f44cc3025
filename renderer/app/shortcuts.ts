import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  newClient: () => void;
  newChannel: () => void;
  undo: () => void;
  settings: () => void;
  help: () => void;
}

export const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** What the cheat-sheet lists: the keys to press and the i18n key of what they do. */
export function shortcutList(): { keys: string[]; action: keyof ShortcutHandlers }[] {
  const mod = isMac() ? '⌘' : 'Ctrl';
  return [
    { keys: ['N'], action: 'newClient' },
    { keys: ['C'], action: 'newChannel' },
    { keys: [mod, 'Z'], action: 'undo' },
    { keys: [mod, ','], action: 'settings' },
    { keys: ['?'], action: 'help' },
  ];
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (
    target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  )
    return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/** A dialog or menu has the keyboard: plain letters belong to it. */
const layerOpen = () => document.querySelector('[role="dialog"],[role="alertdialog"],[role="menu"]') !== null;

export function shortcutFor(event: KeyboardEvent): keyof ShortcutHandlers | null {
  if (event.defaultPrevented || event.altKey || isTyping(event.target)) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && !event.shiftKey && key === 'z') return 'undo';
  if (mod && key === ',') return 'settings';
  if (mod || layerOpen()) return null;
  if (key === '?') return 'help';
  if (event.shiftKey) return null;
  if (key === 'n') return 'newClient';
  if (key === 'c') return 'newChannel';
  return null;
}

/** Global keyboard shortcuts, ignored while the user types in a field. */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current[action]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
