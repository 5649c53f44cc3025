import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { I18n } from './instance.ts';
import type { TFunction } from './keys.ts';

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ i18n, children }: { i18n: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

/**
 * The `t` of the language shown. Each caller subscribes to the language, so a change redraws every
 * component that says something, memoised or not (as react-i18next did).
 */
export function useTranslation(): { t: TFunction; i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation outside I18nProvider');
  const t = useSyncExternalStore(i18n.subscribe, () => i18n.t);
  return { t, i18n };
}
