/** What a column of pasted rows or of a listening tool's file can hold. */
export const MENTION_MEANINGS = [
  'date',
  'time',
  'network',
  'author',
  'audience',
  'text',
  'url',
  'sentiment',
  'tags',
] as const;
export type MentionMeaning = (typeof MENTION_MEANINGS)[number];

/** Column index → meaning; columns left out are ignored. */
export type MentionMapping = Partial<Record<number, MentionMeaning>>;
