import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import { isHttpUrl, URL_MAX } from '../../../shared/domain/fields.ts';
import { CAPTION_MAX, type Post, PostCreate, type PostFormat } from '../../../shared/domain/post.ts';
import type { ImportRow } from '../../../shared/imports/result.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { createPost, type NetworkPlace } from '../../db/posts.ts';
import type { Db } from '../../db/types.ts';
import type { PendingRow } from './pending.ts';

/** What a post found only in an export is, when the file does not say: its network's usual kind. */
const FORMAT_OF: Partial<Record<NetworkId, PostFormat>> = {
  youtube: 'video',
  tiktok: 'video',
  instagram: 'image',
};

/** A post with no time in the file (YouTube, TikTok give a day) is placed at noon of that day. */
const NOON = '12:00';

/** Longer than any network's id: past it, the cell is not an id. */
const NETWORK_ID_MAX = 200;

// Control characters a file may carry (NUL, escapes) but no caption typed in Calepin has.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A file's caption as a post keeps it: no control characters, at most a caption's length. */
export function cleanCaption(text: string | null): string {
  const clean = (text ?? '').replace(CONTROLS, '');
  const points = [...clean];
  return points.length > CAPTION_MAX ? points.slice(0, CAPTION_MAX).join('') : clean;
}

/** The network's id and link, as a post keeps them: a web link only, an id of sensible length. */
export function placeOf(row: Pick<ImportRow, 'externalId' | 'permalink'>): NetworkPlace {
  const id = row.externalId?.replace(CONTROLS, '').trim() ?? '';
  const link = row.permalink?.trim() ?? '';
  return {
    networkPostId: id && id.length <= NETWORK_ID_MAX ? id : null,
    permalink: link && link.length <= URL_MAX && isHttpUrl(link) ? link : null,
  };
}

/** A published post made from a row: its caption, its link, when it went out; null without a day. */
export function createFromRow(
  db: Db,
  target: { clientId: string; channelId: string; network: NetworkId; zone: string },
  p: PendingRow,
  now: string,
): Post | null {
  const { row } = p;
  const local = p.publishedAt
    ? utcToZoned(p.publishedAt, target.zone)
    : row.published?.kind === 'local'
      ? { date: row.published.date, time: row.published.time ?? NOON }
      : null;
  if (!local) return null;
  const input = PostCreate.parse({
    clientId: target.clientId,
    channelId: target.channelId,
    date: local.date,
    time: local.time,
    status: 'published',
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    format: row.format ?? FORMAT_OF[target.network] ?? 'text',
    caption: cleanCaption(row.caption),
  });
  return createPost(db, input, now, placeOf(row));
}
