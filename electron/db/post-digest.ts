import { createHash } from 'node:crypto';
import type { Attachment } from '../../shared/domain/attachment.ts';

/** What a client approves of a post: where and when it goes out, and what it says and shows. */
export interface SeenPost {
  channelId: string;
  plannedAt: string;
  format: string;
  caption: string;
  linkUrl: string;
  attachments: readonly Pick<Attachment, 'sha256'>[];
}

/**
 * A short fingerprint of the version a client saw: an answer about it applies to the post only
 * while the post still reads the same (its notes, pillar or status may change freely).
 */
export function postDigest(p: SeenPost): string {
  const seen = [p.channelId, p.plannedAt, p.format, p.caption, p.linkUrl, p.attachments.map((a) => a.sha256)];
  return createHash('sha256').update(JSON.stringify(seen)).digest('base64url').slice(0, 22);
}
