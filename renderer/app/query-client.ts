import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { keys } from '../api/keys.ts';
import type { CalepinMeta } from '../api/query-meta.ts';
import { isRpcFailure } from '../api/rpc-failure.ts';
import { errorMessage } from '../i18n/errors.ts';
import type { I18n } from '../i18n/instance.ts';
import type { ToastStore } from '../ui/toast-store.ts';

/** Every failed call ends in a translated toast, unless the screen that made it shows it in place. */
export function createQueryClient(toasts: ToastStore, i18n: I18n): QueryClient {
  const report = (error: unknown, meta: CalepinMeta | undefined) => {
    // The data file turned out damaged after it opened: the app's info now says so, and the app
    // shows the recovery screen in place of the screen that made the call.
    if (isRpcFailure(error) && error.code === 'damaged')
      void client.invalidateQueries({ queryKey: keys.appInfo });
    if (meta?.silent) return;
    const shownByForm =
      meta?.inlineErrors && isRpcFailure(error) && error.code === 'invalid_input' && error.issues.length > 0;
    if (shownByForm) return;
    toasts.show({ tone: 'error', title: errorMessage(i18n.t, error) });
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => report(error, query.meta) }),
    mutationCache: new MutationCache({
      onError: (error, _vars, _result, mutation) => report(error, mutation.options.meta),
    }),
    defaultOptions: {
      // Local calls: a failure will not heal by retrying, and the window has no "focus" to refresh on.
      // networkMode 'always': the data is on this computer, so losing Wi-Fi must not pause a save.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000, networkMode: 'always' },
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}
