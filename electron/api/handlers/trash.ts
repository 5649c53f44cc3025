import { listTrash, purgeFromTrash, restoreFromTrash, restoreManyFromTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import { sweepUnreferencedMedia } from '../../services/media/media-sweep.ts';
import type { HandlerGroup } from '../types.ts';

export const trashHandlers: HandlerGroup<'trash'> = {
  'trash.list': (_input, ctx) => listTrash(ctx.db),
  'trash.restore': (input, ctx) => restoreFromTrash(ctx.db, input.type, input.id, nowIso(ctx)),
  'trash.restoreMany': (input, ctx) => restoreManyFromTrash(ctx.db, input.refs, nowIso(ctx)),
  'trash.purge': (input, ctx) => {
    const purged = purgeFromTrash(ctx.db, input.type, input.id);
    sweepUnreferencedMedia(ctx);
    return purged;
  },
};
