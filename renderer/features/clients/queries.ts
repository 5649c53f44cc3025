import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClientCreate, ClientUpdate } from '../../../shared/domain/client.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';

export const useClients = (includeArchived: boolean) =>
  useQuery({
    queryKey: keys.clientList(includeArchived),
    queryFn: () => call('clients.list', { includeArchived }),
  });

/**
 * A deleted or unknown client is handled by the page (it goes back to the list), not toasted.
 * Always asked again on mount: a "not found" cached before an undo or a restore must not win.
 */
export const useClient = (id: string) =>
  useQuery({
    queryKey: keys.client(id),
    queryFn: () => call('clients.get', { id }),
    meta: { silent: true },
    retry: false,
    refetchOnMount: 'always',
  });

function useInvalidate() {
  const qc = useQueryClient();
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.clients }),
      qc.invalidateQueries({ queryKey: keys.trash }),
    ]);
}

export function useCreateClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ClientCreate) => call('clients.create', input),
    onSuccess: invalidate,
    meta: { inlineErrors: true },
  });
}

export function useUpdateClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ClientUpdate) => call('clients.update', input),
    onSuccess: invalidate,
    meta: { inlineErrors: true },
  });
}

export function useArchiveClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { id: string; archived: boolean }) => call('clients.archive', input),
    onSuccess: invalidate,
  });
}

export function useDeleteClient() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => call('clients.delete', { id }),
    onSuccess: invalidate,
  });
}
