/**
 * A post's statuses and formats without the schemas of shared/domain/post.ts: the calendar draws
 * its filters and cards with them before any zod code has come.
 */

export const POST_STATUSES = ['idea', 'draft', 'ready', 'published', 'cancelled'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const POST_FORMATS = [
  'text',
  'image',
  'carousel',
  'video',
  'reel',
  'story',
  'article',
  'live',
  'poll',
  'document',
] as const;
export type PostFormat = (typeof POST_FORMATS)[number];
