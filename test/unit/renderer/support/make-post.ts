import type { Post } from '../../../../shared/domain/post.ts';
import { POST_DEFAULTS } from '../../../support/seeds/post-defaults.ts';
import { makeClient } from './fake-bridge.ts';
import { makeChannel } from './make-channel.ts';

/**
 * A stored post as the bridge returns it: a draft on `makeChannel()` for Monday 23 November 2026,
 * 09:00 in Paris, holding the defaults; tests override what they are about.
 */
export function makePost(overrides: Partial<Post> = {}): Post {
  return {
    id: '0190a000-0000-7000-8000-0000000000f1',
    clientId: makeClient().id,
    channelId: makeChannel().id,
    plannedAt: '2026-11-23T08:00:00.000Z',
    timeZone: 'Europe/Paris',
    ...POST_DEFAULTS,
    publishedAt: null,
    networkPostId: null,
    permalink: null,
    ideaId: null,
    approval: null,
    attachments: [],
    createdAt: '',
    updatedAt: '',
    deletedAt: null,
    ...overrides,
  };
}
