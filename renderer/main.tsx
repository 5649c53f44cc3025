import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Prefs } from '../shared/domain/prefs.ts';
import { DEFAULT_PREFS, resolveLanguage } from '../shared/domain/prefs-defaults.ts';
import { call } from './api/call.ts';
import { keys } from './api/keys.ts';
import { App } from './app/App.tsx';
import { AppProviders } from './app/AppProviders.tsx';
import { preloadFirstScreen } from './app/first-screen.ts';
import { createQueryClient } from './app/query-client.ts';
import { applyTheme } from './app/theme.ts';
import { listenForFlush } from './common/hooks/flush.ts';
import { createI18nWith } from './i18n/instance.ts';
import { systemLocale } from './i18n/language.ts';
import { loadMessages } from './i18n/load-messages.ts';
import { createToastStore } from './ui/toast-store.ts';
import './styles/tokens.css';
import './styles/base.css';
import './styles/print.css';

/** Reads the preferences first, so the very first frame has the right language and theme. */
async function start(root: HTMLElement): Promise<void> {
  const prefs: Prefs = await call('prefs.get', undefined).catch(() => DEFAULT_PREFS);
  const language = resolveLanguage(prefs.language, systemLocale());
  applyTheme(prefs.theme);
  document.documentElement.lang = language;

  // Fetched side by side: the texts of the language shown only (the other one's come if the user
  // switches: showLanguage), and the first screen's code, so it draws without a fallback.
  const [texts] = await Promise.all([loadMessages(language), preloadFirstScreen(prefs)]);
  const toasts = createToastStore();
  const i18n = createI18nWith(language, { [language]: texts });
  const queryClient = createQueryClient(toasts, i18n);
  queryClient.setQueryData(keys.prefs, prefs);
  // Edits still being typed are written before the window closes or the app quits.
  listenForFlush(window.calepin);

  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n} toasts={toasts}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void start(root);
