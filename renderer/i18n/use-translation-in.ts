import type { Locale } from 'date-fns';
import { useEffect, useMemo, useReducer, useState } from 'react';
import type { Language } from '../../shared/domain/prefs.ts';
import { useTranslation } from './context.tsx';
import { dateLocale } from './format.ts';
import type { TFunction } from './keys.ts';
import { loadMessages } from './load-messages.ts';

/** A language's `t` and date-fns locale; numbers are formatted by passing `language` to format.ts. */
export interface LanguageTools {
  language: Language;
  t: TFunction;
  locale: Locale;
}

/**
 * Texts in a given language, whatever the app shows: a document written for someone else (a
 * client's report) speaks the client's language. The window holds only the language it shows, so
 * the other one is fetched on first use: null until it has come.
 */
export function useTranslationIn(language: Language): LanguageTools | null {
  const { i18n } = useTranslation();
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  const [failure, setFailure] = useState<unknown>(null);
  const t = i18n.tIn(language);
  useEffect(() => {
    if (t) return;
    let live = true;
    loadMessages(language).then(
      (messages) => {
        if (!i18n.hasTexts(language)) i18n.addTexts(language, messages);
        if (live) arrived();
      },
      (error: unknown) => {
        if (live) setFailure(error ?? new Error('texts not loaded'));
      },
    );
    return () => {
      live = false;
    };
  }, [i18n, language, t]);
  const tools = useMemo(() => (t ? { language, t, locale: dateLocale(language) } : null), [language, t]);
  // A chunk that cannot be fetched (an update replaced it) is the screen boundary's to explain.
  if (failure) throw failure;
  return tools;
}
