import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { ParsedInput } from '../../../shared/contract.ts';
import type { CompetitorReadingRow } from '../../../shared/domain/competitor-readings.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { getClient } from '../../db/clients.ts';
import { accountClients, readingRows, writeReading } from '../../db/competitor-readings.ts';
import type { Db } from '../../db/types.ts';

/** The readings grid's save: every row an account of the client's, the day not to come, all or nothing. */
export function saveReadings(
  db: Db,
  input: ParsedInput<'competitors.saveReadings'>,
  now: Date,
): CompetitorReadingRow[] {
  const client = getClient(db, input.clientId);
  const today = zonedToday(now, client.timeZone);
  const issues: Issue[] = [];
  if (input.on > today) issues.push({ path: ['on'], code: 'futureDate', params: { date: today } });
  const owners = accountClients(
    db,
    input.rows.map((r) => r.accountId),
  );
  input.rows.forEach((r, i) => {
    const owner = owners.get(r.accountId);
    if (owner !== client.id)
      issues.push({
        path: ['rows', String(i), 'accountId'],
        code: owner === undefined ? 'invalidId' : 'otherClient',
      });
  });
  if (issues.length > 0) throw new AppError('invalid_input', 'The readings cannot be saved', issues);
  const stamp = now.toISOString();
  for (const { accountId, ...fields } of input.rows) writeReading(db, accountId, input.on, fields, stamp);
  return readingRows(db, client.id, input.on);
}
