import type { ChannelCreate } from '../../shared/domain/channel.ts';
import type { ClientCreate } from '../../shared/domain/client.ts';

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

/** Well-formed UUIDs (v4 and v7 shapes) that no row will ever carry. */
export const MISSING_ID = '0190f5a2-7c3e-7000-8000-000000000000';
