import type { Channel } from '../../../../shared/domain/channel.ts';
import { makeClient } from './fake-bridge.ts';

/** A stored Instagram account of `makeClient()`, as the bridge returns it; tests override what they are about. */
export function makeChannel(overrides: Partial<Channel> = {}): Channel {
  return {
    id: '0190a000-0000-7000-8000-0000000000c1',
    clientId: makeClient().id,
    network: 'instagram',
    kind: 'networking',
    handle: '@atelier.rose',
    url: '',
    archived: false,
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    ...overrides,
  };
}
