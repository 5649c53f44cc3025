import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  newClient: () => void;
  newChannel: () => void;
  undo: () => void;
  settings: () => void;
  help: () => void;
  captureIdea: () => void;
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
    { keys: [mod, isMac() ? '⇧' : 'Shift', 'I'], action: 'captureIdea' },
  ];
}

export function isTypingTarget(target: EventTarget | null): boolean {
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
export const layerOpen = (): boolean =>
  document.querySelector('[role="dialog"],[role="alertdialog"],[role="menu"]') !== null;

export function shortcutFor(event: KeyboardEvent): keyof ShortcutHandlers | null {
  if (event.defaultPrevented || event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  // An idea comes while typing too: the capture is the one chord that works in a field.
  if (mod && event.shiftKey && event.key.toLowerCase() === 'i' && !layerOpen()) return 'captureIdea';
  if (isTypingTarget(event.target)) return null;
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

/**
 * Runs the handler of the action a key press names, if any, and keeps the key from doing anything
 * else. `document` hears a key before `window`: a screen's own letters listen there, so they win
 * over the app-wide ones.
 */
export function useKeyActions<A extends string>(
  on: Document | Window,
  actionFor: (event: KeyboardEvent) => A | null,
  handlers: Record<A, () => void>,
): void {
  const latest = useRef({ actionFor, handlers });
  latest.current = { actionFor, handlers };
  useEffect(() => {
    const onKey = (event: Event) => {
      if (!(event instanceof KeyboardEvent)) return;
      const action = latest.current.actionFor(event);
      if (!action) return;
      event.preventDefault();
      latest.current.handlers[action]();
    };
    on.addEventListener('keydown', onKey);
    return () => on.removeEventListener('keydown', onKey);
  }, [on]);
}

/** Global keyboard shortcuts, ignored while the user types in a field. */
export const useShortcuts = (handlers: ShortcutHandlers): void =>
  useKeyActions(window, shortcutFor, handlers);
