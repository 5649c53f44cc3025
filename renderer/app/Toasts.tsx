import { useEffect, useSyncExternalStore } from 'react';
import { codeStore } from '../ui/code-store.ts';
import type { ToastStore } from '../ui/toast-store.ts';

/** Radix's toasts and our layer over them (~10 KB gzip), fetched by the idle prefetch. */
export const toasterCode = codeStore(
  () => import('../ui/Toaster.tsx'),
  (m) => m.Toaster,
);

/**
 * The toasts' layer, drawn once its code has come. Drawn at once, it would fetch Radix's toasts
 * before the first screen; a toast raised before the idle prefetch has brought them fetches them
 * and waits in the store meanwhile.
 */
export function Toasts({ store }: { store: ToastStore }) {
  const Toaster = toasterCode.use();
  const raised = useSyncExternalStore(store.subscribe, () => store.snapshot().length > 0);
  useEffect(() => {
    if (raised) void toasterCode.load();
  }, [raised]);
  return Toaster ? <Toaster /> : null;
}
