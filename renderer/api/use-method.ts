import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input, Method } from '../../shared/contract.ts';
import { call } from './call.ts';

export interface MethodOptions {
  /** Query key prefixes this method changes; `[]` refreshes everything. */
  invalidates: readonly QueryKey[];
  /** The form shows the error under its fields, so no toast. */
  inlineErrors?: boolean;
}

/** The one way to change data: call a method of the contract, then refresh what it touched. */
export function useMethod<M extends Method>(method: M, { invalidates, inlineErrors }: MethodOptions) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<M>) => call(method, input),
    onSuccess: () => Promise.all(invalidates.map((queryKey) => qc.invalidateQueries({ queryKey }))),
    ...(inlineErrors ? { meta: { inlineErrors: true } } : {}),
  });
}
