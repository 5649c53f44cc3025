import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrashRef } from '../../../shared/domain/trash.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';

export const useTrash = () =>
  useQuery({ queryKey: keys.trash, queryFn: () => call('trash.list', undefined) });

/** Restoring or purging touches every list: refresh them all. */
function useInvalidateAll() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries();
}

export function useRestore() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (ref: TrashRef) => call('trash.restore', ref), onSuccess: invalidate });
}

export function usePurge() {
  const invalidate = useInvalidateAll();
  return useMutation({ mutationFn: (ref: TrashRef) => call('trash.purge', ref), onSuccess: invalidate });
}
