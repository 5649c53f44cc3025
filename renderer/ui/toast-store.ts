export interface ToastAction {
  label: string;
  /** Said by screen readers when the action cannot be reached with the toast (Radix requirement). */
  altText: string;
  run: () => void;
}

export interface ToastSpec {
  title: string;
  description?: string;
  tone?: 'info' | 'error';
  action?: ToastAction;
  /** A second way on, shown after the action ("Go there" beside "Undo"). */
  secondary?: ToastAction;
}

export interface ToastEntry extends ToastSpec {
  id: number;
}

export interface ToastStore {
  show(spec: ToastSpec): void;
  dismiss(id: number): void;
  subscribe(listener: () => void): () => void;
  snapshot(): readonly ToastEntry[];
}

/** A tiny external store, so non-React code (the query cache's error hooks) can raise toasts too. */
export function createToastStore(): ToastStore {
  let entries: readonly ToastEntry[] = [];
  let next = 1;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const l of listeners) l();
  };
  return {
    show(spec) {
      // Keep the last few: a burst of failures must not bury the screen.
      entries = [...entries.slice(-3), { ...spec, id: next++ }];
      emit();
    },
    dismiss(id) {
      entries = entries.filter((e) => e.id !== id);
      emit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    snapshot: () => entries,
  };
}
