import {
  copyPostsBy,
  createPost,
  duplicatePost,
  getPost,
  listCampaigns,
  listPosts,
  movePosts,
  setStatus,
  updatePost,
} from '../../db/posts.ts';
import { moveToTrash } from '../../db/trash.ts';
import { nowIso } from '../../services/context.ts';
import type { HandlerGroup } from '../types.ts';

export const postHandlers: HandlerGroup<'posts'> = {
  'posts.list': (input, ctx) => listPosts(ctx.db, input),
  'posts.get': (input, ctx) => getPost(ctx.db, input.id),
  'posts.create': (input, ctx) => createPost(ctx.db, input, nowIso(ctx)),
  'posts.update': (input, ctx) => updatePost(ctx.db, input, nowIso(ctx)),
  'posts.move': (input, ctx) => movePosts(ctx.db, input, nowIso(ctx)),
  'posts.setStatus': (input, ctx) => setStatus(ctx.db, input, nowIso(ctx)),
  'posts.duplicate': (input, ctx) => duplicatePost(ctx.db, input, nowIso(ctx)),
  'posts.copy': (input, ctx) => copyPostsBy(ctx.db, input, nowIso(ctx)),
  'posts.delete': (input, ctx) => input.ids.map((id) => moveToTrash(ctx.db, 'post', id, nowIso(ctx))),
  'posts.campaigns': (input, ctx) => listCampaigns(ctx.db, input.clientId),
};
