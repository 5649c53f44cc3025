import type { KeyboardEvent } from 'react';

/**
 * Enter on a drop-down or a radio sends the form, as Enter in its text fields does: a dialog that
 * opens ready, on a choice, is then confirmed with one key (these two never send a form by themselves).
 */
export function enterSubmits(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const target = e.target;
  const choice =
    target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type === 'radio');
  if (!choice) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}
