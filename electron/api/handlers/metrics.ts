import { readingsOf } from '../../db/post-metrics.ts';
import { getPost } from '../../db/posts.ts';
import { metricsGrid } from '../../services/numbers/metrics-grid.ts';
import { saveMetrics } from '../../services/numbers/metrics-save.ts';
import type { HandlerGroup } from '../types.ts';

export const metricsHandlers: HandlerGroup<'metrics'> = {
  'metrics.grid': (input, ctx) => metricsGrid(ctx.db, input, ctx.now()),
  'metrics.save': (input, ctx) => saveMetrics(ctx.db, input, ctx.now()),
  'metrics.history': (input, ctx) => readingsOf(ctx.db, getPost(ctx.db, input.postId).id),
};
