import { z } from 'zod';
import { MEDIUM_KINDS, type MediumKind, NETWORK_IDS, type NetworkId } from '../networks.ts';
import { HANDLE_MAX, Id, label, OptionalHttpUrl, type RowMeta } from './fields.ts';

export interface Channel extends RowMeta {
  clientId: string;
  network: NetworkId;
  kind: MediumKind;
  handle: string;
  url: string;
  archived: boolean;
}

const Network = z.enum(NETWORK_IDS, { message: 'unknownNetwork' });
const Kind = z.enum(MEDIUM_KINDS, { message: 'invalidChoice' });
const Handle = label(HANDLE_MAX);

export const ChannelCreate = z.strictObject({
  clientId: Id,
  network: Network,
  /** Omitted: the network's usual kind from the catalogue. */
  kind: Kind.optional(),
  handle: Handle,
  url: OptionalHttpUrl.default(''),
});
export type ChannelCreate = z.input<typeof ChannelCreate>;

export const ChannelUpdate = z.strictObject({
  id: Id,
  network: Network.optional(),
  kind: Kind.optional(),
  handle: Handle.optional(),
  url: OptionalHttpUrl.optional(),
});
export type ChannelUpdate = z.input<typeof ChannelUpdate>;
