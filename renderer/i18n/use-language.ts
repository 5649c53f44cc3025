import type { Language } from '../../shared/domain/prefs.ts';
import { useTranslation } from './context.tsx';

/** The language the UI is showing right now. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'fr' ? 'fr' : 'en';
}
