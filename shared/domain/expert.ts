import { z } from 'zod';
import { NETWORK_IDS, type NetworkId } from '../networks.ts';
import { Id, label, NAME_MAX, OptionalHttpUrl, type RowMeta } from './fields.ts';

/** An account or a newsletter worth following on a topic: where good ideas come from. */
export interface Expert extends RowMeta {
  name: string;
  topic: string;
  /** The network of an account; null for a newsletter, a blog, a podcast. */
  network: NetworkId | null;
  url: string;
  /** Why it is useful, in the user's words. */
  why: string;
}

export const WHY_MAX = 2000;

const ExpertFields = z.strictObject({
  name: label(NAME_MAX),
  topic: z.string().trim().max(NAME_MAX),
  network: z.enum(NETWORK_IDS, { message: 'unknownNetwork' }).nullable(),
  url: OptionalHttpUrl,
  why: z.string().trim().max(WHY_MAX),
});
const fields = ExpertFields.shape;

export const ExpertCreate = z.strictObject({
  name: fields.name,
  topic: fields.topic.default(''),
  network: fields.network.default(null),
  url: fields.url.default(''),
  why: fields.why.default(''),
});
export type ExpertCreate = z.input<typeof ExpertCreate>;

export const ExpertUpdate = z.strictObject({ id: Id, ...ExpertFields.partial().shape });
export type ExpertUpdate = z.input<typeof ExpertUpdate>;
