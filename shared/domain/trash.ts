import { z } from 'zod';
import { Id } from './fields.ts';

export const TRASHABLE = ['client', 'channel'] as const;
export type Trashable = (typeof TRASHABLE)[number];

export interface TrashItem {
  type: Trashable;
  id: string;
  /** Client name, or channel handle. */
  label: string;
  /** For a channel: its network id; for a client: null. */
  network: string | null;
  /** For a channel: the name of its client. */
  clientName: string | null;
  deletedAt: string;
}

export const TrashRef = z.strictObject({ type: z.enum(TRASHABLE, { message: 'invalidChoice' }), id: Id });
export type TrashRef = z.infer<typeof TrashRef>;
