import type { Language } from '../../shared/domain/prefs.ts';

/** The user's choice wins; otherwise French for a French system, English for every other. */
export function uiLanguage(preference: Language | null, systemLocale: string): Language {
  return preference ?? (systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
}
