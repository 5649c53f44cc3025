import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';
import { useMethod } from '../../api/use-method.ts';

/** Archived channels are listed too: the client page shows them dimmed, with Unarchive. */
export const useChannels = (clientId: string) =>
  useQuery({
    queryKey: keys.channelList(clientId),
    queryFn: () => call('channels.list', { clientId, includeArchived: true }),
  });

// A channel changes its client's channel count, may land in the trash, and takes its posts (and their numbers) with it.
const CHANGES = [keys.channels, keys.clients, keys.trash, keys.posts, keys.metrics, keys.objectives];

export const useCreateChannel = () =>
  useMethod('channels.create', { invalidates: CHANGES, inlineErrors: true });
export const useUpdateChannel = () =>
  useMethod('channels.update', { invalidates: CHANGES, inlineErrors: true });
export const useArchiveChannel = () => useMethod('channels.archive', { invalidates: CHANGES });
export const useDeleteChannel = () => useMethod('channels.delete', { invalidates: CHANGES });
