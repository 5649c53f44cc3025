import type { Sentiment } from '../../../shared/domain/mention.ts';

/** What is drawn beside each sentiment, and the keys that choose it (the minus of a French keyboard too). */
export const SENTIMENT_MARK: Record<Sentiment, string> = { positive: '+', neutral: '=', negative: '−' };

const BY_KEY: Record<string, Sentiment> = {
  '+': 'positive',
  '=': 'neutral',
  '0': 'neutral',
  '-': 'negative',
  '−': 'negative',
};

export const sentimentForKey = (key: string): Sentiment | null => BY_KEY[key] ?? null;
