// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { shortcutFor } from '../../../../../renderer/common/hooks/shortcuts.ts';

/** A key pressed with the focus on `target`, as the window hears it. */
function press(key: string, target: HTMLElement, mods: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...mods });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the app-wide keys', () => {
  it('capture an idea with Ctrl+Shift+I, even while the user types in a field', () => {
    const field = document.body.appendChild(document.createElement('input'));
    expect(shortcutFor(press('I', field, { ctrlKey: true, shiftKey: true }))).toBe('captureIdea');
    expect(shortcutFor(press('i', document.body, { metaKey: true, shiftKey: true }))).toBe('captureIdea');
    // Plain letters typed in a field stay the field's.
    expect(shortcutFor(press('n', field))).toBeNull();
    expect(shortcutFor(press('n', document.body))).toBe('newClient');
  });

  it('leave the chord to a dialog already open', () => {
    const dialog = document.body.appendChild(document.createElement('div'));
    dialog.setAttribute('role', 'dialog');
    expect(shortcutFor(press('I', document.body, { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
