import type { Dispatch } from '../electron/api/dispatch.ts';
import { createPost } from '../electron/db/posts.ts';
import type { Db } from '../electron/db/types.ts';
import { contract } from '../shared/contract.ts';
import type { Channel, ChannelCreate } from '../shared/domain/channel.ts';
import { CLIENT_COLORS, type Client, type ClientCreate } from '../shared/domain/client.ts';
import type { Pillar, PillarCreate } from '../shared/domain/pillar.ts';
import { NETWORK_IDS } from '../shared/networks.ts';
import {
  type ClientPlan,
  DATASET_NOW,
  type GeneratedPost,
  generatePosts,
  HEAVY_POSTS_PER_WEEK,
  POSTS_FROM,
} from './posts-gen.ts';
import { createRng, type Rng } from './rng.ts';

/**
 * The "heavy freelancer" of the performance budget (bench/README.md): 10 clients, 60 channels and ~50,000 posts over five
 * years. One client is heavy (~150 posts a week); the others post a few times a week. Later issues
 * add their tables here (metric readings, mentions, follower counts) with their own sizes.
 */
export const HEAVY_FREELANCER = { clients: 10, channels: 60 } as const;
export type DatasetSize = { clients: number; channels: number };

export const SEED = 20261126;

export interface Dataset {
  clients: ClientCreate[];
  /** Each channel names its client by index in `clients`; ids only exist once loaded. */
  channels: { client: number; input: Omit<ChannelCreate, 'clientId'> }[];
  pillars: { client: number; input: Omit<PillarCreate, 'clientId'> }[];
  /** The client with the most channels: it gets the heavy calendar the benchmarks read. */
  heavy: number;
  /** A fresh stream of the same posts on every call. */
  posts: () => Generator<GeneratedPost>;
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

const PILLARS = [
  'Coulisses',
  'Produits',
  'Conseils',
  'Communauté',
  'Événements',
  'Témoignages',
  'Promotions',
  'Équipe',
];
const PILLAR_COLORS = ['#2E86AB', '#A23B72', '#F18F01', '#C73E1D', '#3B1F2B', '#6A994E', '#7B2CBF'];

export function generatePillars(rng: Rng, clients: readonly ClientCreate[]): Dataset['pillars'] {
  return clients.flatMap((_, client) => {
    // Fisher–Yates: the same order on every engine, unlike a random comparator given to sort.
    const names = [...PILLARS];
    for (let i = names.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [names[i], names[j]] = [names[j] as string, names[i] as string];
    }
    names.length = rng.int(3, 6);
    return names.map((name) => ({ client, input: { name, color: rng.pick(PILLAR_COLORS) } }));
  });
}

function plans(rng: Rng, dataset: Omit<Dataset, 'posts'>): ClientPlan[] {
  return dataset.clients.map((client, index) => ({
    index,
    client,
    channels: dataset.channels.flatMap((c, i) =>
      c.client === index ? [{ index: i, network: c.input.network }] : [],
    ),
    pillars: dataset.pillars.flatMap((p, i) => (p.client === index ? [i] : [])),
    postsPerWeek: index === dataset.heavy ? HEAVY_POSTS_PER_WEEK : rng.int(5, 14),
    // Half the clients came later; the heavy one has been there from the start.
    since:
      index === dataset.heavy || rng.chance(0.5) ? POSTS_FROM : `202${rng.int(2, 4)}-0${rng.int(1, 9)}-01`,
  }));
}

export function generateDataset(seed: number = SEED, size: DatasetSize = HEAVY_FREELANCER): Dataset {
  const rng = createRng(seed);
  const clients = generateClients(rng, size.clients);
  const channels = generateChannels(rng, clients, size.channels);
  // Posts draw from their own stream, so adding them left the clients and channels unchanged.
  const postRng = createRng(seed + 1);
  const pillars = generatePillars(postRng, clients);
  const perClient = clients.map((_, i) => channels.filter((c) => c.client === i).length);
  const heavy = perClient.indexOf(Math.max(...perClient));
  const base = { clients, channels, pillars, heavy };
  const clientPlans = plans(postRng, base);
  return { ...base, posts: () => generatePosts(createRng(seed + 2), clientPlans) };
}

export interface Loaded {
  clients: Client[];
  channels: Channel[];
}

async function call<T>(dispatch: Dispatch, method: string, input: unknown): Promise<T> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

/** Writes the clients and channels through the validating dispatch, exactly as the app would. */
export async function loadThroughDispatch(dispatch: Dispatch, dataset: Dataset): Promise<Loaded> {
  const clients: Client[] = [];
  for (const input of dataset.clients) clients.push(await call<Client>(dispatch, 'clients.create', input));
  const channels: Channel[] = [];
  for (const { client, input } of dataset.channels) {
    const clientId = clients[client]?.id;
    channels.push(await call<Channel>(dispatch, 'channels.create', { ...input, clientId }));
  }
  return { clients, channels };
}

export interface LoadedCalendar extends Loaded {
  pillars: Pillar[];
  heavy: Client;
  posts: number;
  loadMs: number;
}

/**
 * The whole heavy freelancer. Posts go through the contract's own schema and the repository's
 * `createPost` (the `posts.create` handler's body: zone conversion, ownership checks, the FTS
 * triggers, the read-back), all in one transaction: one fsync instead of 50,000.
 */
export async function loadCalendar(dispatch: Dispatch, db: Db, dataset: Dataset): Promise<LoadedCalendar> {
  const started = performance.now();
  const { clients, channels } = await loadThroughDispatch(dispatch, dataset);
  const pillars: Pillar[] = [];
  for (const { client, input } of dataset.pillars)
    pillars.push(await call<Pillar>(dispatch, 'pillars.create', { ...input, clientId: clients[client]?.id }));
  const schema = contract['posts.create'].input;
  let posts = 0;
  db.transaction(() => {
    for (const { channel, pillar, input } of dataset.posts()) {
      const owner = channels[channel];
      if (!owner) throw new Error(`generated post names channel ${channel}, which was not loaded`);
      const pillarId = pillar === null ? null : (pillars[pillar]?.id ?? null);
      createPost(
        db,
        schema.parse({ ...input, clientId: owner.clientId, channelId: owner.id, pillarId }),
        DATASET_NOW,
      );
      posts++;
    }
  })();
  const heavy = clients[dataset.heavy];
  if (!heavy) throw new Error('the dataset names no heavy client');
  return { clients, channels, pillars, heavy, posts, loadMs: performance.now() - started };
}
