import type { QueryClient } from '@tanstack/react-query';
import { keys } from './keys.ts';

/**
 * The data file was replaced (a backup restored, a workspace imported, a fresh start): nothing
 * cached describes it any more. Preferences live outside the file and stay, so the language and
 * theme do not flicker; the app's info is refreshed in place, so the screen is not torn down while
 * it loads. Every other query starts again from nothing (the ones on screen refetch at once).
 */
export async function forgetData(qc: QueryClient): Promise<void> {
  const kept = (key: readonly unknown[]) => key[0] === keys.prefs[0] || key[0] === keys.appInfo[0];
  await Promise.all([
    qc.resetQueries({ predicate: (query) => !kept(query.queryKey) }),
    qc.invalidateQueries({ queryKey: keys.appInfo }),
  ]);
}
