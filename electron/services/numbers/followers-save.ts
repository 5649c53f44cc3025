import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { FollowerCount } from '../../../shared/domain/followers.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { findChannel } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { latestFollowerCounts, writeFollowerCount } from '../../db/follower-counts.ts';
import type { Db } from '../../db/types.ts';

/** The weekly form: every channel of one client counted on one day, all or nothing. */
export function saveFollowers(db: Db, input: ParsedInput<'followers.save'>, now: Date): FollowerCount[] {
  const client = getClient(db, input.clientId);
  const issues: Issue[] = [];
  const today = zonedToday(now, client.timeZone);
  if (input.on > today) issues.push({ path: ['on'], code: 'futureDate', params: { date: today } });
  input.entries.forEach((entry, i) => {
    const channel = findChannel(db, entry.channelId);
    if (!channel) issues.push({ path: ['entries', String(i), 'channelId'], code: 'invalidId' });
    else if (channel.clientId !== client.id)
      issues.push({ path: ['entries', String(i), 'channelId'], code: 'otherClient' });
  });
  if (issues.length > 0) throw new AppError('invalid_input', 'The follower counts cannot be saved', issues);
  const stamp = now.toISOString();
  for (const entry of input.entries) writeFollowerCount(db, entry, input.on, stamp);
  return latestFollowerCounts(db, client.id, input.on);
}
