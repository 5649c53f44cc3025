import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelCreate, ChannelUpdate } from '../../../shared/domain/channel.ts';
import { call } from '../../api/call.ts';
import { keys } from '../../api/keys.ts';

/** Archived channels are listed too: the client page shows them dimmed, with Unarchive. */
export const useChannels = (clientId: string) =>
  useQuery({
    queryKey: keys.channelList(clientId),
    queryFn: () => call('channels.list', { clientId, includeArchived: true }),
  });

function useInvalidate() {
  const qc = useQueryClient();
  // A channel changes its client's channel count and may land in the trash.
  return () =>
    Promise.all([
      qc.invalidateQueries({ queryKey: keys.channels }),
      qc.invalidateQueries({ queryKey: keys.clients }),
      qc.invalidateQueries({ queryKey: keys.trash }),
    ]);
}

export function useCreateChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ChannelCreate) => call('channels.create', input),
    onSuccess: invalidate,
    meta: { inlineErrors: true },
  });
}

export function useUpdateChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: ChannelUpdate) => call('channels.update', input),
    onSuccess: invalidate,
    meta: { inlineErrors: true },
  });
}

export function useArchiveChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: { id: string; archived: boolean }) => call('channels.archive', input),
    onSuccess: invalidate,
  });
}

export function useDeleteChannel() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (id: string) => call('channels.delete', { id }),
    onSuccess: invalidate,
  });
}
