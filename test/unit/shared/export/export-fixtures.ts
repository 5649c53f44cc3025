import type { Channel } from '../../../../shared/domain/channel.ts';
import type { Pillar } from '../../../../shared/domain/pillar.ts';
import type { Post } from '../../../../shared/domain/post.ts';
import { POST_DEFAULTS } from '../../../support/seeds/post-defaults.ts';

/** A bakery's channels, pillars and posts as the repositories return them, for the export writers. */

const meta = (id: string) => ({
  id,
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T11:30:00.000Z',
  deletedAt: null,
});

export const CLIENT_ID = '0190f5a2-7c3e-7000-8000-0000000000c1';

export const instagram: Channel = {
  ...meta('0190f5a2-7c3e-7000-8000-0000000000a1'),
  clientId: CLIENT_ID,
  network: 'instagram',
  kind: 'networking',
  handle: '@boulangerie.martin',
  url: '',
  archived: false,
};

export const linkedin: Channel = {
  ...meta('0190f5a2-7c3e-7000-8000-0000000000a2'),
  clientId: CLIENT_ID,
  network: 'linkedin',
  kind: 'networking',
  handle: 'Boulangerie Martin',
  url: '',
  archived: false,
};

export const recipes: Pillar = {
  ...meta('0190f5a2-7c3e-7000-8000-0000000000b1'),
  clientId: CLIENT_ID,
  name: 'Recettes, astuces',
  color: '#29A36A',
};

/** Audience segments as the CSV names them; the second holds the separator in its name. */
export const families = { id: '0190f5a2-7c3e-7000-8000-0000000000d1', name: 'Familles du quartier' };
export const students = { id: '0190f5a2-7c3e-7000-8000-0000000000d2', name: 'Étudiants | Lyon' };

export const lookups = {
  channels: new Map([instagram, linkedin].map((c) => [c.id, c])),
  pillars: new Map([[recipes.id, recipes]]),
};

let n = 0;
export function post(over: Partial<Post> = {}): Post {
  n++;
  return {
    ...meta(`0190f5a2-7c3e-7000-8000-${String(n).padStart(12, '0')}`),
    clientId: CLIENT_ID,
    channelId: instagram.id,
    plannedAt: '2026-11-23T08:30:00.000Z',
    timeZone: 'Europe/Paris',
    ...POST_DEFAULTS,
    attachments: [],
    publishedAt: null,
    networkPostId: null,
    permalink: null,
    ideaId: null,
    approval: null,
    format: 'image',
    caption: 'Croissants au beurre ce matin, tout chauds sortis du four',
    ...over,
  };
}
