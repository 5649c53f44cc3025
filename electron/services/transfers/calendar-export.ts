import type { ParsedInput } from '../../../shared/contract.ts';
import type { ExportedFile } from '../../../shared/domain/calendar-file.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { fileSlug } from '../../../shared/export/file-slug.ts';
import { postsToCsv } from '../../../shared/export/post-csv.ts';
import { type PostLookups, postsToIcs } from '../../../shared/export/post-ics.ts';
import { listChannels } from '../../db/channels.ts';
import { getClient } from '../../db/clients.ts';
import { listPillars } from '../../db/pillars.ts';
import { listPosts } from '../../db/posts.ts';
import { listSegments } from '../../db/segments.ts';
import type { Db } from '../../db/types.ts';

/** Above any client's five years (the range limit); listPosts' own default would cut a long export short. */
const ALL_POSTS = 1_000_000;

export const exportFileName = (client: Client, from: string, extension: 'ics' | 'csv'): string =>
  `calepin-${fileSlug(client.name)}-${from}.${extension}`;

/** The posts of the range with the channels and pillars they name (archived channels included). */
function gather(db: Db, range: { clientId: string; from: string; to: string }) {
  const client = getClient(db, range.clientId);
  const posts = listPosts(db, { ...range, limit: ALL_POSTS });
  const lookups: PostLookups = {
    channels: new Map(listChannels(db, client.id, true).map((c) => [c.id, c])),
    pillars: new Map(listPillars(db, client.id).map((p) => [p.id, p])),
  };
  return { client, posts, lookups };
}

export function exportIcs(db: Db, input: ParsedInput<'calendar.exportIcs'>, now: string): ExportedFile {
  const { client, posts, lookups } = gather(db, input);
  return {
    fileName: exportFileName(client, input.from, 'ics'),
    text: postsToIcs(posts, { ...lookups, name: `${client.name} · Calepin`, stamp: now }),
  };
}

export function exportCsv(db: Db, input: ParsedInput<'calendar.exportCsv'>): ExportedFile {
  const { client, posts, lookups } = gather(db, input);
  return {
    fileName: exportFileName(client, input.from, 'csv'),
    text: postsToCsv(
      posts,
      {
        ...lookups,
        timeZone: client.timeZone,
        segments: new Map(listSegments(db, client.id).map((s) => [s.id, s])),
      },
      input.delimiter,
    ),
  };
}
