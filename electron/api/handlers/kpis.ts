import { kpiDashboard } from '../../services/kpi-dashboard.ts';
import type { HandlerGroup } from '../types.ts';

export const kpiHandlers: HandlerGroup<'kpis'> = {
  'kpis.dashboard': (input, ctx) => kpiDashboard(ctx.db, input, ctx.now()),
};
