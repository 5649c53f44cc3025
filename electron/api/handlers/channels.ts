import { NETWORKS } from '../../../shared/networks.ts';
import { archiveChannel, createChannel, listChannels, updateChannel } from '../../db/channels.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const channelHandlers: HandlerGroup<'channels'> = {
  'channels.list': (input, ctx) => listChannels(ctx.db, input.clientId, input.includeArchived),
  'channels.create': (input, ctx) =>
    createChannel(ctx.db, { ...input, kind: input.kind ?? NETWORKS[input.network].defaultKind }, nowIso(ctx)),
  'channels.update': (input, ctx) => updateChannel(ctx.db, input, nowIso(ctx)),
  'channels.archive': (input, ctx) => archiveChannel(ctx.db, input.id, input.archived, nowIso(ctx)),
  'channels.delete': (input, ctx) => moveToTrash(ctx.db, 'channel', input.id, nowIso(ctx)),
};
