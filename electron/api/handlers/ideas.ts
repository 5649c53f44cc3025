import { createExpert, listExperts, updateExpert } from '../../db/experts.ts';
import { createIdea, ideaTags, listIdeas, updateIdea } from '../../db/ideas.ts';
import { moveToTrash } from '../../db/trash.ts';
import { createTrend, listTrends, updateTrend } from '../../db/trend-notes.ts';
import { nowIso } from '../../services/context.ts';
import { setPicture } from '../../services/ideas/idea-picture.ts';
import { ideaToPost } from '../../services/ideas/idea-to-post.ts';
import { todayFor } from '../../services/today.ts';
import type { HandlerGroup } from '../types.ts';

export const ideaHandlers: HandlerGroup<'ideas'> = {
  'ideas.list': (input, ctx) => listIdeas(ctx.db, input),
  'ideas.create': (input, ctx) => createIdea(ctx.db, input, nowIso(ctx)),
  'ideas.update': (input, ctx) => updateIdea(ctx.db, input, nowIso(ctx)),
  'ideas.delete': (input, ctx) => moveToTrash(ctx.db, 'idea', input.id, nowIso(ctx)),
  'ideas.setPicture': (input, ctx) => setPicture(ctx.db, ctx.dataDir, input, nowIso(ctx)),
  'ideas.toPost': (input, ctx) => ideaToPost(ctx.db, ctx.dataDir, input, nowIso(ctx)),
  'ideas.tags': (input, ctx) => ideaTags(ctx.db, input.clientId),
};

export const expertHandlers: HandlerGroup<'experts'> = {
  'experts.list': (_input, ctx) => listExperts(ctx.db),
  'experts.create': (input, ctx) => createExpert(ctx.db, input, nowIso(ctx)),
  'experts.update': (input, ctx) => updateExpert(ctx.db, input, nowIso(ctx)),
  'experts.delete': (input, ctx) => moveToTrash(ctx.db, 'expert', input.id, nowIso(ctx)),
};

export const trendHandlers: HandlerGroup<'trends'> = {
  'trends.list': (input, ctx) =>
    listTrends(ctx.db, input.clientId, input.includeExpired, todayFor(ctx, input.clientId)),
  'trends.create': (input, ctx) => createTrend(ctx.db, input, nowIso(ctx)),
  'trends.update': (input, ctx) => updateTrend(ctx.db, input, nowIso(ctx)),
  'trends.delete': (input, ctx) => moveToTrash(ctx.db, 'trendNote', input.id, nowIso(ctx)),
};
