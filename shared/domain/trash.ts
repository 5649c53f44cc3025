import { z } from 'zod';
import { Id } from './fields.ts';

export const TRASHABLE = [
  'client',
  'channel',
  'pillar',
  'post',
  'segment',
  'objective',
  'competitor',
  'mention',
  'audit',
  'idea',
  'expert',
  'trendNote',
  'recurringDate',
  'report',
] as const;
export type Trashable = (typeof TRASHABLE)[number];

export interface TrashItem {
  type: Trashable;
  id: string;
  /**
   * Client, pillar, segment or competitor name, objective title, channel handle, or the first words
   * of a post's caption or of a mention.
   */
  label: string;
  /** For a channel, a post or a mention: the network id; otherwise null. */
  network: string | null;
  /** For anything but a client: the name of its client. */
  clientName: string | null;
  deletedAt: string;
}

export const TrashRef = z.strictObject({ type: z.enum(TRASHABLE, { message: 'invalidChoice' }), id: Id });
export type TrashRef = z.infer<typeof TrashRef>;

/** Several items restored together: the undo of a bulk deletion. */
export const TrashRefs = z.strictObject({ refs: z.array(TrashRef).min(1).max(1000) });
