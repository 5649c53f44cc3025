import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { type DialogsApi, DialogsContext, type OpenDialog } from '../common/hooks/dialogs.ts';
import { I18nProvider } from '../i18n/context.tsx';
import type { I18n } from '../i18n/instance.ts';
import { ToastContext } from '../ui/toast-context.ts';
import type { ToastStore } from '../ui/toast-store.ts';
import { Toasts } from './Toasts.tsx';
import { UndoProvider } from './UndoProvider.tsx';

export interface AppProvidersProps {
  queryClient: QueryClient;
  i18n: I18n;
  toasts: ToastStore;
  children: ReactNode;
}

/** Everything a screen needs around it; tests mount components inside the same providers. */
export function AppProviders({ queryClient, i18n, toasts, children }: AppProvidersProps) {
  const [open, setOpen] = useState<OpenDialog | null>(null);
  const dialogs = useMemo<DialogsApi>(() => ({ open, show: setOpen, close: () => setOpen(null) }), [open]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider i18n={i18n}>
        <ToastContext.Provider value={toasts}>
          <UndoProvider>
            <DialogsContext.Provider value={dialogs}>{children}</DialogsContext.Provider>
          </UndoProvider>
          <Toasts store={toasts} />
        </ToastContext.Provider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
