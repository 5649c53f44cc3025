import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Prefs, PrefsPatch } from '../../shared/domain/prefs.ts';
import { call } from './call.ts';
import { keys } from './keys.ts';

export const usePrefs = () => useQuery({ queryKey: keys.prefs, queryFn: () => call('prefs.get', undefined) });

export function useSetPrefs() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: PrefsPatch) => call('prefs.set', patch),
    // Show the choice at once (language, theme): the write is local and almost never fails.
    onMutate: (patch) => {
      const before = qc.getQueryData<Prefs>(keys.prefs);
      if (before) qc.setQueryData<Prefs>(keys.prefs, { ...before, ...patch });
      return before;
    },
    onError: (_error, _patch, before) => {
      if (before) qc.setQueryData(keys.prefs, before);
    },
    onSuccess: (prefs) => qc.setQueryData(keys.prefs, prefs),
  });
}

export const useAppInfo = () =>
  useQuery({ queryKey: keys.appInfo, queryFn: () => call('app.info', undefined) });
