import { useEffect } from 'react';
import { type Language, resolveLanguage } from '../../shared/domain/prefs-defaults.ts';
import { useTranslation } from '../i18n/context.tsx';
import { systemLocale } from '../i18n/language.ts';
import { showLanguage } from '../i18n/load-messages.ts';

/** Shows the saved language (or the system's), and keeps <html lang> in step for screen readers. */
export function useLanguageSync(saved: Language | null): void {
  const { i18n } = useTranslation();
  const language = resolveLanguage(saved, systemLocale());
  useEffect(() => {
    if (i18n.language !== language) void showLanguage(i18n, language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}
