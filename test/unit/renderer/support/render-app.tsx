import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppProviders } from '../../../../renderer/app/AppProviders.tsx';
import { createQueryClient } from '../../../../renderer/app/query-client.ts';
import { createI18n } from '../../../../renderer/i18n/setup.ts';
import { createToastStore } from '../../../../renderer/ui/toast-store.ts';
import type { Language, Prefs } from '../../../../shared/domain/prefs.ts';
import { createFakeBridge, type FakeHandlers } from './fake-bridge.ts';

// jsdom has no pointer capture; Radix (toast swipe, menus) calls it on every pointer event.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.setPointerCapture ??= () => {};
Element.prototype.releasePointerCapture ??= () => {};

/** Mounts a piece of the UI inside the real app providers, over a fake bridge. */
export function renderWithApp(
  ui: ReactNode,
  options: { language?: Language; handlers?: FakeHandlers; prefs?: Partial<Prefs> } = {},
) {
  const fake = createFakeBridge(options.handlers, options.prefs);
  window.calepin = fake.bridge;
  const toasts = createToastStore();
  const i18n = createI18n(options.language ?? 'en');
  const queryClient = createQueryClient(toasts, i18n);
  const view = render(
    <AppProviders queryClient={queryClient} i18n={i18n} toasts={toasts}>
      {ui}
    </AppProviders>,
  );
  return { ...view, fake, toasts, i18n };
}
