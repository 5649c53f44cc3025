import { utcToZoned, zonedToUtc } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Issue } from '../../../shared/errors.ts';
import { competitorClient } from '../../db/competitors.ts';
import type { MentionValues } from '../../db/mentions.ts';
import { stmt } from '../../db/statements.ts';
import type { Db } from '../../db/types.ts';

const postClient = (db: Db, id: string) =>
  stmt<[string], { client_id: string }>(
    db,
    'SELECT client_id FROM posts WHERE id = ? AND deleted_at IS NULL',
  ).get(id)?.client_id;

/**
 * What the schema cannot see in a mention: a moment still to come, a competitor or a post that is not
 * the client's. Look-ups are remembered, since a pasted list names the same few again and again.
 */
export function mentionChecker(db: Db, client: Client, now: Date) {
  const nowIso = now.toISOString();
  const here = utcToZoned(nowIso, client.timeZone);
  const competitors = new Map<string, string | undefined>();
  const posts = new Map<string, string | undefined>();
  const owner = (
    cache: Map<string, string | undefined>,
    id: string,
    find: (db: Db, id: string) => string | undefined,
  ) => {
    if (!cache.has(id)) cache.set(id, find(db, id));
    return cache.get(id);
  };
  return (m: Partial<MentionValues>, path: readonly string[]): Issue[] => {
    const issues: Issue[] = [];
    if (m.date !== undefined && m.time !== undefined && zonedToUtc(m.date, m.time, client.timeZone) > nowIso)
      issues.push(
        m.date > here.date
          ? { path: [...path, 'date'], code: 'futureDate', params: { date: here.date } }
          : { path: [...path, 'time'], code: 'futureTime', params: { time: here.time } },
      );
    if (m.subject?.kind === 'competitor') {
      const of = owner(competitors, m.subject.competitorId, competitorClient);
      if (of !== client.id)
        issues.push({
          path: [...path, 'subject', 'competitorId'],
          code: of === undefined ? 'invalidId' : 'otherClient',
        });
    }
    if (m.postId) {
      const of = owner(posts, m.postId, postClient);
      if (of !== client.id)
        issues.push({ path: [...path, 'postId'], code: of === undefined ? 'invalidId' : 'otherClient' });
    }
    return issues;
  };
}
