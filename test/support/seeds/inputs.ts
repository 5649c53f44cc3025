import type { ChannelCreate } from '../../../shared/domain/channel.ts';
import type { ClientCreate } from '../../../shared/domain/client.ts';
import type { PillarCreate } from '../../../shared/domain/pillar.ts';
import type { PostCreate } from '../../../shared/domain/post.ts';

/** Valid inputs a user could type; tests override only what they are about. */
export const clientInput = (over: Partial<ClientCreate> = {}): ClientCreate => ({
  name: 'Boulangerie Martin',
  color: '#E4572E',
  timeZone: 'Europe/Paris',
  notes: '',
  ...over,
});

export const channelInput = (clientId: string, over: Partial<ChannelCreate> = {}): ChannelCreate => ({
  clientId,
  network: 'instagram',
  handle: '@boulangerie.martin',
  url: 'https://www.instagram.com/boulangerie.martin',
  ...over,
});

export const pillarInput = (clientId: string, over: Partial<PillarCreate> = {}): PillarCreate => ({
  clientId,
  name: 'Recettes',
  color: '#29A36A',
  ...over,
});

/** A post planned on Monday 30 November 2026 at 10:00 on the client's wall clock. */
export const postInput = (
  clientId: string,
  channelId: string,
  over: Partial<PostCreate> = {},
): PostCreate => ({
  clientId,
  channelId,
  date: '2026-11-30',
  time: '10:00',
  caption: 'Nouvelle fournée de croissants au beurre',
  ...over,
});

/** Well-formed UUIDs (v4 and v7 shapes) that no row will ever carry. */
export const MISSING_ID = '0190f5a2-7c3e-7000-8000-000000000000';
