/** One edit or one paste, as a whole: undoing it writes `before` back, redoing writes `after`. */
export interface Edit<C> {
  /** The day the values were dated with: an undo writes the same reading back. */
  on: string;
  before: C[];
  after: C[];
}

export interface EditHistory<C> {
  done: readonly Edit<C>[];
  undone: readonly Edit<C>[];
}

/** Enough for a session of typing; older edits fall off. */
export const HISTORY_LIMIT = 100;

export const EMPTY_HISTORY: EditHistory<never> = { done: [], undone: [] };

/** A new edit clears what was undone, as in every editor. */
export const recordEdit = <C>(h: EditHistory<C>, edit: Edit<C>): EditHistory<C> => ({
  done: [...h.done.slice(-(HISTORY_LIMIT - 1)), edit],
  undone: [],
});

/** The edit could not be saved after all: it never happened. */
export const forgetEdit = <C>(h: EditHistory<C>, edit: Edit<C>): EditHistory<C> => ({
  done: h.done.filter((e) => e !== edit),
  undone: h.undone.filter((e) => e !== edit),
});

export function undoLast<C>(h: EditHistory<C>): { history: EditHistory<C>; edit: Edit<C> } | null {
  const edit = h.done.at(-1);
  if (!edit) return null;
  return { edit, history: { done: h.done.slice(0, -1), undone: [...h.undone, edit] } };
}

export function redoLast<C>(h: EditHistory<C>): { history: EditHistory<C>; edit: Edit<C> } | null {
  const edit = h.undone.at(-1);
  if (!edit) return null;
  return { edit, history: { done: [...h.done, edit], undone: h.undone.slice(0, -1) } };
}
