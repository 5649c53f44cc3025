import type { Channel, ChannelCreate } from '../../../shared/domain/channel.ts';
import type { ClientCreate } from '../../../shared/domain/client.ts';
import type { PostCreate } from '../../../shared/domain/post.ts';
import type { TestCore } from '../hosts/core.ts';
import { channelInput, clientInput, pillarInput, postInput } from './inputs.ts';

/** The channels a test wants, under the names it destructures them by. */
export type ChannelSpecs = Record<string, Partial<ChannelCreate>>;

/** The bakery's Instagram account (the `channelInput` default) and its LinkedIn page. */
export const BAKERY_CHANNELS = {
  ig: {},
  li: { network: 'linkedin', handle: 'Boulangerie Martin', url: '' },
} satisfies ChannelSpecs;

export interface CalendarSeedOptions<C extends ChannelSpecs> {
  client?: Partial<ClientCreate>;
  /** Created in this order; `create` plans on the first one. */
  channels?: C;
}

/**
 * A Paris bakery with its channels and a "Recettes" pillar, next to a neighbour (Fromagerie Dupont,
 * on X, with its own pillar) whose rows must never leak into the bakery's calendar.
 */
export async function seedCalendar<C extends ChannelSpecs = typeof BAKERY_CHANNELS>(
  core: TestCore,
  options: CalendarSeedOptions<C> = {},
) {
  const specs = options.channels ?? (BAKERY_CHANNELS as ChannelSpecs as C);
  const client = await core.call('clients.create', clientInput(options.client));
  const channels: Record<string, Channel> = {};
  for (const [key, over] of Object.entries(specs)) {
    channels[key] = await core.call('channels.create', channelInput(client.id, over));
  }
  const first = Object.values(channels)[0];
  if (!first) throw new Error('seedCalendar needs at least one channel');
  const pillar = await core.call('pillars.create', pillarInput(client.id));
  const other = await core.call('clients.create', clientInput({ name: 'Fromagerie Dupont' }));
  const otherChannel = await core.call(
    'channels.create',
    channelInput(other.id, { network: 'x', handle: '@dupont', url: '' }),
  );
  const otherPillar = await core.call(
    'pillars.create',
    pillarInput(other.id, { name: 'Fromages', color: '#F3A712' }),
  );
  const create = (over: Partial<PostCreate> = {}) =>
    core.call('posts.create', postInput(client.id, first.id, over));
  const createOther = (over: Partial<PostCreate> = {}) =>
    core.call('posts.create', postInput(other.id, otherChannel.id, over));
  return {
    ...(channels as Record<keyof C, Channel>),
    client,
    pillar,
    other,
    otherChannel,
    otherPillar,
    create,
    createOther,
  };
}
