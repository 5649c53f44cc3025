import type { PostCreate } from '../../../shared/domain/post.ts';

/**
 * What a post holds when the user gives only its channel, day and time: the composer's and the CSV
 * import's defaults, written here apart from the app so a changed default shows up as a failure.
 */
export const POST_DEFAULTS = {
  status: 'draft',
  format: 'text',
  caption: '',
  linkUrl: '',
  pillarId: null,
  campaign: '',
  paid: false,
  budgetCents: null,
  notes: '',
  segmentIds: [],
} satisfies Omit<
  Required<PostCreate>,
  'clientId' | 'channelId' | 'date' | 'time' | 'occurrence' | 'publishedAt'
>;
