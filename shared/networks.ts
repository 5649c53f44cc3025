/**
 * The per-network catalogue: one table, checked on the date below, so limits are updated in one place.
 * Kinds follow the article's classes of social media (sharing, collaborating, messaging, networking).
 */

export const MEDIUM_KINDS = ['sharing', 'collaborating', 'messaging', 'networking'] as const;
export type MediumKind = (typeof MEDIUM_KINDS)[number];

export const NETWORK_IDS = [
  'facebook',
  'instagram',
  'linkedin',
  'x',
  'tiktok',
  'threads',
  'pinterest',
  'youtube',
  'blog',
  'forum',
  'other',
] as const;
export type NetworkId = (typeof NETWORK_IDS)[number];

export interface NetworkLimits {
  /** Maximum length of the main text (caption, post, description). */
  text?: number;
  /** X counts emoji and CJK as 2 and every URL as 23. */
  weighted?: boolean;
  title?: number;
  hashtags?: number;
  topicTags?: number;
  links?: number;
  images?: number;
  videos?: number;
  aspectRatios?: readonly string[];
}

export interface Network {
  id: NetworkId;
  /** Brand name; the same in every language. */
  name: string;
  /** Short mark drawn in the network badge. */
  mark: string;
  /** Brand colour of the badge. */
  color: string;
  defaultKind: MediumKind;
  limits: NetworkLimits;
}

export const NETWORKS_CHECKED_ON = '2026-11-26';

export const NETWORKS: Readonly<Record<NetworkId, Network>> = {
  facebook: {
    id: 'facebook',
    name: 'Facebook',
    mark: 'f',
    color: '#1877F2',
    defaultKind: 'networking',
    limits: { text: 63206 },
  },
  instagram: {
    id: 'instagram',
    name: 'Instagram',
    mark: 'IG',
    color: '#C13584',
    defaultKind: 'networking',
    limits: { text: 2200, hashtags: 5, images: 10, aspectRatios: ['4:5', '1.91:1', '9:16'] },
  },
  linkedin: {
    id: 'linkedin',
    name: 'LinkedIn',
    mark: 'in',
    color: '#0A66C2',
    defaultKind: 'networking',
    limits: { text: 3000, images: 10 },
  },
  x: {
    id: 'x',
    name: 'X',
    mark: 'X',
    color: '#000000',
    defaultKind: 'networking',
    limits: { text: 280, weighted: true, images: 4, videos: 1 },
  },
  tiktok: {
    id: 'tiktok',
    name: 'TikTok',
    mark: 'TT',
    color: '#010101',
    defaultKind: 'networking',
    limits: { text: 2200, aspectRatios: ['9:16'] },
  },
  threads: {
    id: 'threads',
    name: 'Threads',
    mark: '@',
    color: '#101010',
    defaultKind: 'networking',
    limits: { text: 500, topicTags: 1, links: 5 },
  },
  pinterest: {
    id: 'pinterest',
    name: 'Pinterest',
    mark: 'P',
    color: '#BD081C',
    defaultKind: 'collaborating',
    limits: { text: 500, title: 100, aspectRatios: ['2:3'] },
  },
  youtube: {
    id: 'youtube',
    name: 'YouTube',
    mark: '▶',
    color: '#FF0000',
    defaultKind: 'sharing',
    limits: { text: 5000, title: 100 },
  },
  blog: {
    id: 'blog',
    name: 'Blog / WordPress',
    mark: 'W',
    color: '#21759B',
    defaultKind: 'sharing',
    limits: {},
  },
  forum: {
    id: 'forum',
    name: 'Forum',
    mark: '💬',
    color: '#5B6B7A',
    defaultKind: 'messaging',
    limits: {},
  },
  other: {
    id: 'other',
    name: 'Other',
    mark: '•',
    color: '#6B7280',
    defaultKind: 'networking',
    limits: {},
  },
};
