import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Prefs, PrefsPatch } from '../../shared/domain/prefs.ts';
import { call } from './call.ts';
import { keys } from './keys.ts';

export const usePrefs = () => useQuery({ queryKey: keys.prefs, queryFn: () => call('prefs.get', undefined) });

/** Each change is numbered: only the answer to the latest one may replace what the screen shows. */
let latestChange = 0;

export function useSetPrefs() {
  const qc = useQueryClient();
  return useMutation({
    // One write at a time, in the order made: over HTTP two quick writes (J pressed four times)
    // can reach the host out of order, and the file would keep an older week.
    scope: { id: 'prefs' },
    mutationFn: (patch: PrefsPatch) => call('prefs.set', patch),
    // Show the choice at once (language, theme): the write is local and almost never fails.
    onMutate: (patch) => {
      // A refetch in flight would land after this change and put the old value back. Not awaited:
      // the cancel takes effect at once, and the change must show before the next key press.
      void qc.cancelQueries({ queryKey: keys.prefs });
      const before = qc.getQueryData<Prefs>(keys.prefs);
      if (before) qc.setQueryData<Prefs>(keys.prefs, { ...before, ...patch });
      latestChange += 1;
      return { before, change: latestChange };
    },
    onError: (_error, _patch, context) => {
      if (context?.before && context.change === latestChange) qc.setQueryData(keys.prefs, context.before);
    },
    // The writes run in order, but an older answer must not undo a newer change already on screen.
    onSuccess: (prefs, _patch, context) => {
      if (context.change === latestChange) qc.setQueryData(keys.prefs, prefs);
    },
  });
}

export const useAppInfo = () =>
  useQuery({ queryKey: keys.appInfo, queryFn: () => call('app.info', undefined) });

/**
 * The data file is checked whole after the first screen (electron/services/data-file/session.ts):
 * once that check has answered, a problem it found replaces the app with the recovery screen, in
 * the web host too, where the main process cannot push an event.
 */
export function useDataCheck(opened: boolean): void {
  const qc = useQueryClient();
  const checked = useQuery({
    queryKey: keys.dataChecked,
    queryFn: () => call('app.dataChecked', undefined),
    enabled: opened,
    staleTime: Number.POSITIVE_INFINITY,
    meta: { silent: true },
  });
  useEffect(() => {
    if (checked.data?.problem) qc.setQueryData(keys.appInfo, checked.data);
  }, [checked.data, qc]);
}
