import { requireClient } from '../../db/clients.ts';
import { savedMentionMapping } from '../../db/import-mappings.ts';
import { listMentions } from '../../db/mentions.ts';
import { moveToTrash } from '../../db/trash.ts';
import { listWatchedTerms } from '../../db/watched-terms.ts';
import { nowIso } from '../../services/context.ts';
import { createMention, createMentions, updateMention } from '../../services/listening/mentions-save.ts';
import { saveWatchedTerms } from '../../services/listening/terms-save.ts';
import type { HandlerGroup } from '../types.ts';

export const mentionHandlers: HandlerGroup<'mentions'> = {
  'mentions.list': (input, ctx) => {
    requireClient(ctx.db, input.clientId);
    return listMentions(ctx.db, input);
  },
  'mentions.create': (input, ctx) => createMention(ctx.db, input, ctx.now()),
  'mentions.createMany': (input, ctx) => createMentions(ctx.db, input, ctx.now()),
  'mentions.update': (input, ctx) => updateMention(ctx.db, input, ctx.now()),
  'mentions.delete': (input, ctx) => input.ids.map((id) => moveToTrash(ctx.db, 'mention', id, nowIso(ctx))),
  'mentions.terms': (input, ctx) => {
    requireClient(ctx.db, input.clientId);
    return listWatchedTerms(ctx.db, input.clientId);
  },
  'mentions.setTerms': (input, ctx) => saveWatchedTerms(ctx.db, input, nowIso(ctx)),
  'mentions.mapping': (input, ctx) => savedMentionMapping(ctx.db, input.signature),
};
