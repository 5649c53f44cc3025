import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input, Method } from '../../shared/contract.ts';
import { call } from './call.ts';

export interface MethodOptions {
  /** Query key prefixes this method changes; `[]` refreshes everything. */
  invalidates: readonly QueryKey[];
  /** The form shows the error under its fields, so no toast. */
  inlineErrors?: boolean;
  /** Resolve as soon as the write is done, refreshing in the background (the composer's autosave must not queue behind a refetch). */
  refreshInBackground?: boolean;
}

/** The one way to change data: call a method of the contract, then refresh what it touched. */
export function useMethod<M extends Method>(
  method: M,
  { invalidates, inlineErrors, refreshInBackground }: MethodOptions,
) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: () => {
      const refreshed = Promise.all(invalidates.map((queryKey) => qc.invalidateQueries({ queryKey })));
      return refreshInBackground ? undefined : refreshed;
    },
    ...(inlineErrors ? { meta: { inlineErrors: true } } : {}),
  });
}
