import type { Language } from '../../shared/domain/prefs.ts';
import type { TFunction } from './keys.ts';
import type { Messages } from './messages-en.ts';
import { type Texts, translate } from './translator.ts';

/** The app's translator: the language shown, its `t`, and the texts it has so far. */
export interface I18n {
  readonly language: Language;
  /** Bound to the language shown: a new function after each change, so memos that use it redo. */
  readonly t: TFunction;
  /**
   * A `t` in a given language, whichever is shown (a French freelancer may send a client an
   * English report); null until that language's texts are here.
   */
  tIn(language: Language): TFunction | null;
  hasTexts(language: Language): boolean;
  addTexts(language: Language, messages: Messages): void;
  changeLanguage(language: Language): void;
  /** Calls back after each change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

const bind = (texts: Texts, language: Language): TFunction =>
  ((key: string, values?: Record<string, unknown>) => translate(texts, language, key, values)) as TFunction;

/**
 * One instance per app (and per test), so tests never share a language. It holds the languages
 * given; the window gives only the one it shows (the other comes when chosen: showLanguage).
 */
export function createI18nWith(language: Language, given: Texts): I18n {
  const texts: Texts = { ...given };
  const listeners = new Set<() => void>();
  let current = language;
  let t = bind(texts, current);
  // One function per language, so a component given it can memoise on it.
  const others = new Map<Language, TFunction>();
  return {
    get language() {
      return current;
    },
    get t() {
      return t;
    },
    tIn: (lng) => {
      if (texts[lng] === undefined) return null;
      let other = others.get(lng);
      if (!other) {
        other = bind(texts, lng);
        others.set(lng, other);
      }
      return other;
    },
    hasTexts: (lng) => texts[lng] !== undefined,
    addTexts: (lng, messages) => {
      texts[lng] = messages;
      others.delete(lng);
    },
    changeLanguage: (lng) => {
      if (lng === current) return;
      current = lng;
      t = bind(texts, current);
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
