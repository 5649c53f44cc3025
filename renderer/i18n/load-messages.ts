import type { Language } from '../../shared/domain/prefs.ts';
import type { I18n } from './instance.ts';
import type { Messages } from './messages-en.ts';

/** One language's texts, a chunk of their own: the window fetches only the language it shows. */
export const loadMessages = (language: Language): Promise<Messages> =>
  language === 'fr'
    ? import('./messages-fr.ts').then((m) => m.fr)
    : import('./messages-en.ts').then((m) => m.en);

/** Switches the language, fetching its texts first the first time. */
export async function showLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasTexts(language)) instance.addTexts(language, await loadMessages(language));
  instance.changeLanguage(language);
}
