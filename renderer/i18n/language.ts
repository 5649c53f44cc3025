/** The browser's idea of the system locale; resolveLanguage (shared/domain/prefs.ts) decides from it. */
export const systemLocale = (): string | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.language;
