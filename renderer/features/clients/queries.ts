import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

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

// A client's time zone and engagement basis shape its numbers and KPIs.
const CHANGES = [keys.clients, keys.trash, keys.metrics, keys.objectives];

export const useCreateClient = () =>
  useMethod('clients.create', { invalidates: CHANGES, inlineErrors: true });
export const useUpdateClient = () =>
  useMethod('clients.update', { invalidates: CHANGES, inlineErrors: true });
export const useArchiveClient = () => useMethod('clients.archive', { invalidates: CHANGES });
export const useDeleteClient = () => useMethod('clients.delete', { invalidates: CHANGES });
