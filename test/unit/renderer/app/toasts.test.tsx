// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { Toasts } from '../../../../renderer/app/Toasts.tsx';
import { I18nProvider } from '../../../../renderer/i18n/context.tsx';
import { createI18n } from '../../../../renderer/i18n/setup.ts';
import { ToastContext } from '../../../../renderer/ui/toast-context.ts';
import { createToastStore } from '../../../../renderer/ui/toast-store.ts';

afterEach(cleanup);

// Its own file: the toasts' code has not come when the test starts (the idle prefetch brings it).
it('shows a toast raised before the toasts’ code has come, once it comes', async () => {
  const store = createToastStore();
  render(
    <I18nProvider i18n={createI18n('en')}>
      <ToastContext.Provider value={store}>
        <Toasts store={store} />
      </ToastContext.Provider>
    </I18nProvider>,
  );
  // Nothing drawn (no Radix code fetched) until a toast is raised or the prefetch brings it.
  expect(screen.queryByRole('region')).toBeNull();

  act(() => store.show({ title: 'Backup made.' }));

  expect(await screen.findByText('Backup made.')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Notifications (F8)' })).toBeTruthy();
});
