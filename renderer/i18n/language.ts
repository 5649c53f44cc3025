import type { Language } from '../../shared/domain/prefs.ts';

/** The saved choice wins; otherwise French for a French system locale, English for any other. */
export function resolveLanguage(saved: Language | null, systemLocale: string | undefined): Language {
  if (saved) return saved;
  return systemLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export const systemLocale = (): string | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.language;
