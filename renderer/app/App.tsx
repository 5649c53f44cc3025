import { DEFAULT_PREFS } from '../../shared/domain/prefs-defaults.ts';
import { useAppInfo, useDataCheck, usePrefs } from '../api/prefs.ts';
import { ScreenBoundary } from '../common/lazy/ScreenBoundary.tsx';
import { useLanguageSync } from './language.ts';
import { Shell } from './Shell.tsx';
import { RecoveryScreen } from './screens.ts';
import { useTheme } from './theme.ts';

export function App() {
  const prefs = usePrefs().data ?? DEFAULT_PREFS;
  const info = useAppInfo();
  useDataCheck(info.data?.problem === null);
  useTheme(prefs.theme);
  useLanguageSync(prefs.language);
  // Until the app knows whether its data opened, showing screens would only show their failures.
  if (info.isPending) return null;
  // With no data open, every call about it fails: only what can be done about that is shown.
  // (Should the info itself fail, the app still shows, and its screens say what goes wrong.)
  if (info.data?.problem)
    return (
      <ScreenBoundary at="recovery">
        <RecoveryScreen problem={info.data.problem} />
      </ScreenBoundary>
    );
  return <Shell lastClientId={prefs.lastClientId} />;
}
