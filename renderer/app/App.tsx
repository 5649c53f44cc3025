import { DEFAULT_PREFS } from '../../shared/domain/prefs.ts';
import { usePrefs } from '../api/prefs.ts';
import { useLanguageSync } from './language.ts';
import { Shell } from './Shell.tsx';
import { useTheme } from './theme.ts';

export function App() {
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  useTheme(prefs.theme);
  useLanguageSync(prefs.language);
  return <Shell lastClientId={prefs.lastClientId} />;
}
