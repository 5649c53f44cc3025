import type { PageGlobals } from './page-dom.ts';

/** A post's answer as the client leaves it: none yet, approved, or a change asked for. */
export interface PageChoice {
  a: '' | 'approved' | 'changes';
  c: string;
}

export interface AnswerStore {
  choices: Map<string, PageChoice>;
  /** Writes the choices down, so closing the tab loses nothing. */
  keep(): void;
}

/**
 * The client's answers kept in the browser's storage under `key`. Embedded in the page as its
 * source text, it names nothing outside its body but types.
 */
export function answerStore(key: string): AnswerStore {
  const g = globalThis as unknown as PageGlobals;
  const choices = new Map<string, PageChoice>();
  try {
    const saved: unknown = JSON.parse(g.localStorage.getItem(key) ?? '{}');
    for (const [id, v] of Object.entries(saved as Record<string, Partial<PageChoice> | null>)) {
      const a = v?.a === 'approved' || v?.a === 'changes' ? v.a : '';
      choices.set(id, { a, c: typeof v?.c === 'string' ? v.c : '' });
    }
  } catch {
    // A file:// page may be refused storage, or the saved text be damaged: start afresh.
  }
  const keep = (): void => {
    try {
      g.localStorage.setItem(key, JSON.stringify(Object.fromEntries(choices)));
    } catch {
      // Without storage the answers last as long as the tab: nothing else to do.
    }
  };
  return { choices, keep };
}
