import type { Dispatch } from '../electron/api/dispatch.ts';
import type { Channel, ChannelCreate } from '../shared/domain/channel.ts';
import { CLIENT_COLORS, type Client, type ClientCreate } from '../shared/domain/client.ts';
import { NETWORK_IDS } from '../shared/networks.ts';
import { createRng, type Rng } from './rng.ts';

/**
 * The "heavy freelancer" of ARCHITECTURE.md, as far as the schema goes today. Later issues add
 * their tables here (posts, metric snapshots, mentions, follower counts) with their own sizes.
 */
export const HEAVY_FREELANCER = { clients: 10, channels: 60 } as const;
export type DatasetSize = { clients: number; channels: number };

export const SEED = 20261126;

export interface Dataset {
  clients: ClientCreate[];
  /** Each channel names its client by index in `clients`; ids only exist once loaded. */
  channels: { client: number; input: Omit<ChannelCreate, 'clientId'> }[];
}

const TRADES = [
  'Boulangerie',
  'Atelier',
  'Librairie',
  'Studio',
  'Café',
  'Fromagerie',
  'Cave',
  'Salon',
  'Garage',
];
const NAMES = ['Martin', 'du Port', 'Lumière', 'des Halles', 'Nord', 'Sauvage', 'Lune', 'Bernard', 'Petit'];
const ZONES = ['Europe/Paris', 'Europe/Brussels', 'America/Montreal', 'Indian/Reunion', 'Pacific/Noumea'];

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '')
    .toLowerCase();

export function generateClients(rng: Rng, count: number): ClientCreate[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${rng.pick(TRADES)} ${rng.pick(NAMES)} ${i + 1}`,
    color: rng.pick(CLIENT_COLORS),
    timeZone: rng.pick(ZONES),
    notes: rng.chance(0.5) ? 'Publie en semaine, validation par la gérante le lundi.' : '',
  }));
}

/** Channels spread over the clients: every client gets some, the rest land at random. */
export function generateChannels(
  rng: Rng,
  clients: readonly ClientCreate[],
  count: number,
): Dataset['channels'] {
  return Array.from({ length: count }, (_, i) => {
    const client = i < clients.length ? i : rng.int(0, clients.length - 1);
    const network = rng.pick(NETWORK_IDS);
    const handle = `${slug(clients[client]?.name ?? 'client')}_${network}_${i}`;
    return {
      client,
      input: { network, handle, url: rng.chance(0.8) ? `https://example.org/${network}/${handle}` : '' },
    };
  });
}

export function generateDataset(seed: number = SEED, size: DatasetSize = HEAVY_FREELANCER): Dataset {
  const rng = createRng(seed);
  const clients = generateClients(rng, size.clients);
  return { clients, channels: generateChannels(rng, clients, size.channels) };
}

export interface Loaded {
  clients: Client[];
  channels: Channel[];
}

/** Writes a dataset through the validating dispatch, exactly as the app would. */
export async function loadThroughDispatch(dispatch: Dispatch, dataset: Dataset): Promise<Loaded> {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const envelope = await dispatch(method, input);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as T;
  };
  const clients: Client[] = [];
  for (const input of dataset.clients) clients.push(await call<Client>('clients.create', input));
  const channels: Channel[] = [];
  for (const { client, input } of dataset.channels) {
    const clientId = clients[client]?.id;
    channels.push(await call<Channel>('channels.create', { ...input, clientId }));
  }
  return { clients, channels };
}
