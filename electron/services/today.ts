import { zonedToday } from '../../shared/calendar/zoned.ts';
import { getClient } from '../db/clients.ts';
import type { AppContext } from './context.ts';

/**
 * Today on the client's clock, or on this computer's for what belongs to every client: a trend
 * noted in Paris for a Montréal client expires on Montréal's day.
 */
export function todayFor(ctx: AppContext, clientId: string | null): string {
  const zone =
    clientId === null
      ? Intl.DateTimeFormat().resolvedOptions().timeZone
      : getClient(ctx.db, clientId).timeZone;
  return zonedToday(ctx.now(), zone);
}
