import type { i18n } from 'i18next';
import type { Language } from '../../shared/domain/prefs.ts';
import { createI18nWith } from './instance.ts';
import { en, fr } from './messages.ts';

export const resources = { fr: { translation: fr }, en: { translation: en } } as const;

/** An instance holding both languages at once: for tests, which switch without waiting. */
export function createI18n(language: Language): i18n {
  return createI18nWith(language, { fr, en });
}
