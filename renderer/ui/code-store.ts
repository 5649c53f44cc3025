import { useSyncExternalStore } from 'react';

export interface CodeStore<T> {
  /** Fetches the code once; never rejects (a failed fetch is tried again at the next call). */
  load: () => Promise<void>;
  /** The code once it has come, null until then; the component re-renders when it comes. */
  use: () => T | null;
}

/**
 * A piece of code fetched after the first screen (on idle, or when first needed) that a component
 * already on screen draws with once it is there — a button drawn before its menu's code, a layer
 * drawn only once its code has come. Not `use()` on a promise (common/lazy/preloadable.tsx): these
 * never suspend; what they draw meanwhile is their own.
 */
export function codeStore<M, T>(fetch: () => Promise<M>, pick: (module: M) => T): CodeStore<T> {
  let code: T | null = null;
  let loading: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const snapshot = () => code;
  return {
    load() {
      loading ??= fetch().then(
        (module) => {
          code = pick(module);
          for (const listener of listeners) listener();
        },
        () => {
          loading = null;
        },
      );
      return loading;
    },
    use: () => useSyncExternalStore(subscribe, snapshot, snapshot),
  };
}
