import { getClient } from '../../db/clients.ts';
import { followerCountsIn, latestFollowerCounts } from '../../db/follower-counts.ts';
import { saveFollowers } from '../../services/numbers/followers-save.ts';
import type { HandlerGroup } from '../types.ts';

export const followerHandlers: HandlerGroup<'followers'> = {
  'followers.latest': (input, ctx) =>
    latestFollowerCounts(ctx.db, getClient(ctx.db, input.clientId).id, input.on),
  'followers.list': (input, ctx) =>
    followerCountsIn(ctx.db, getClient(ctx.db, input.clientId).id, input.from, input.to),
  'followers.save': (input, ctx) => saveFollowers(ctx.db, input, ctx.now()),
};
