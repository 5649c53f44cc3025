import type { Language } from '../../shared/domain/prefs.ts';
import { createI18nWith, type I18n } from './instance.ts';
import { en, fr } from './messages.ts';

/** An instance holding both languages at once: for tests, which switch without waiting. */
export function createI18n(language: Language): I18n {
  return createI18nWith(language, { fr, en });
}
