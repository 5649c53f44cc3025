import { useEffect } from 'react';
import type { Prefs } from '../../shared/domain/prefs.ts';

type ThemePref = Prefs['theme'];

const darkQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;

export function resolveTheme(pref: ThemePref, systemDark: boolean): 'light' | 'dark' {
  if (pref === 'system') return systemDark ? 'dark' : 'light';
  return pref;
}

export function applyTheme(pref: ThemePref): void {
  document.documentElement.dataset.theme = resolveTheme(pref, darkQuery()?.matches ?? false);
}

/** Applies the chosen theme; "system" follows the OS live, without a reload. */
export function useTheme(pref: ThemePref): void {
  useEffect(() => {
    applyTheme(pref);
    if (pref !== 'system') return;
    const query = darkQuery();
    if (!query) return;
    const onChange = () => applyTheme('system');
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [pref]);
}
