import { archiveClient, createClient, getClient, listClients, updateClient } from '../../db/clients.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const clientHandlers: HandlerGroup<'clients'> = {
  'clients.list': (input, ctx) => listClients(ctx.db, input?.includeArchived ?? false),
  'clients.get': (input, ctx) => getClient(ctx.db, input.id),
  'clients.create': (input, ctx) => createClient(ctx.db, input, nowIso(ctx)),
  'clients.update': (input, ctx) => updateClient(ctx.db, input, nowIso(ctx)),
  'clients.archive': (input, ctx) => archiveClient(ctx.db, input.id, input.archived, nowIso(ctx)),
  'clients.delete': (input, ctx) => moveToTrash(ctx.db, 'client', input.id, nowIso(ctx)),
};
