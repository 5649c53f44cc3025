import { type Language, resolveLanguage } from '../../shared/domain/prefs.ts';

/** The language of the menu and of start-up dialogs, chosen as the renderer chooses it. */
export const uiLanguage = (preference: Language | null, systemLocale: string): Language =>
  resolveLanguage(preference, systemLocale);
