import type { KeyboardEvent } from 'react';

/**
 * Enter in a form's drop-down sends the form, as Enter in its text fields does: a prefilled dialog
 * whose first field is a choice (the channel) is then confirmed with one key, as the others are.
 */
export function enterSubmits(e: KeyboardEvent<HTMLFormElement>): void {
  if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (!(e.target instanceof HTMLSelectElement)) return;
  e.preventDefault();
  e.currentTarget.requestSubmit();
}
