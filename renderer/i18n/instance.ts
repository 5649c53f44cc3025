import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain/prefs.ts';
import type { Messages } from './messages-en.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Messages };
  }
}

/**
 * One instance per app (and per test), so tests never share a language. It holds the languages
 * given; the window gives only the one it shows (the other comes when chosen: showLanguage).
 */
export function createI18nWith(language: Language, texts: Partial<Record<Language, Messages>>): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(texts).map(([lng, translation]) => [lng, { translation }])),
    lng: language,
    fallbackLng: 'en',
    // React escapes what it renders; escaping twice would show &amp; in names.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
