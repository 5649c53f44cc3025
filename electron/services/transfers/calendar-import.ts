import type { ParsedInput } from '../../../shared/contract.ts';
import type { ImportResult } from '../../../shared/domain/calendar-file.ts';
import { AppError, type Issue } from '../../../shared/errors.ts';
import { readPostCsv } from '../../../shared/export/post-csv.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { listPillars } from '../../db/pillars.ts';
import { createPost } from '../../db/posts.ts';
import { listSegments } from '../../db/segments.ts';
import type { Db } from '../../db/types.ts';

/**
 * A planned calendar from CSV. The preview (commit: false) writes nothing. The commit creates every
 * row the user did not skip, or — if any of those rows has an issue — nothing at all; the dispatch's
 * transaction also undoes a failure half-way.
 */
export function importCsv(db: Db, input: ParsedInput<'calendar.importCsv'>, now: string): ImportResult {
  const client = getClient(db, input.clientId);
  const read = readPostCsv(Buffer.from(input.base64, 'base64'), {
    clientId: client.id,
    timeZone: client.timeZone,
    currency: client.currency,
    channels: listChannels(db, client.id, true),
    pillars: listPillars(db, client.id),
    segments: listSegments(db, client.id),
    channelMap: input.channelMap,
    suggestChannels: !input.commit,
  });
  if (!read.ok) throw new AppError('invalid_input', 'The file cannot be read as a calendar', read.issues);

  // Rows of a channel the user chose to leave out are skipped like rows ticked one by one.
  const skipped = new Set([
    ...input.skipLines,
    ...read.rows.filter((r) => r.channelSkipped).map((r) => r.preview.line),
  ]);
  const kept = read.rows.filter((r) => !skipped.has(r.preview.line));
  const rows = read.rows.map((r) => ({ ...r.preview, skipped: skipped.has(r.preview.line) }));
  if (!input.commit) return { rows, channels: read.channels, created: 0 };

  const failing = kept.filter((r) => r.input === null);
  if (failing.length > 0) {
    // Each issue keeps its row number in the path (rows › 7 › budget) so the preview can point at it.
    const issues: Issue[] = failing.flatMap((r) =>
      r.preview.issues.map((i) => ({ ...i, path: ['rows', String(r.preview.line), ...i.path] })),
    );
    throw new AppError('invalid_input', `${failing.length} row(s) have errors; nothing was imported`, issues);
  }
  for (const row of kept) if (row.input) createPost(db, row.input, now);
  return { rows, channels: read.channels, created: kept.length };
}
