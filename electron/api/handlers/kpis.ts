import { kpiDashboard } from '../../services/numbers/kpi-dashboard.ts';
import type { HandlerGroup } from '../types.ts';

export const kpiHandlers: HandlerGroup<'kpis'> = {
  'kpis.dashboard': (input, ctx) => kpiDashboard(ctx.db, input, ctx.now()),
};
