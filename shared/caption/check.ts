import { NETWORKS, type NetworkId } from '../networks.ts';
import { URL_PATTERN, weightedLength } from './weighted-length.ts';

/** One limit of a network, measured on a caption: warnings, never silent truncation. */
export interface LimitCheck {
  kind: 'length' | 'hashtags' | 'links' | 'topicTags';
  used: number;
  max: number;
  /** max − used: negative when over. */
  remaining: number;
}

const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu;

const count = (text: string, pattern: RegExp): number => [...text.matchAll(pattern)].length;

/** Every limit of the network's catalogue row that applies to a caption, with what is left. */
export function checkCaption(network: NetworkId, caption: string): LimitCheck[] {
  const limits = NETWORKS[network].limits;
  const checks: LimitCheck[] = [];
  const add = (kind: LimitCheck['kind'], used: number, max: number | undefined) => {
    if (max !== undefined) checks.push({ kind, used, max, remaining: max - used });
  };
  // Graphemes, not UTF-16 units: "é" typed as e + accent is one character to the user and the network.
  const plainLength = [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(caption)].length;
  add('length', limits.weighted ? weightedLength(caption) : plainLength, limits.text);
  // A link's #fragment is not a hashtag.
  const hashtags = count(caption.replace(URL_PATTERN, ' '), HASHTAG);
  add('hashtags', hashtags, limits.hashtags);
  // Threads' one topic tag is a hashtag by another name: the first one becomes the topic.
  add('topicTags', hashtags, limits.topicTags);
  add('links', count(caption, URL_PATTERN), limits.links);
  return checks;
}

export const overLimit = (checks: readonly LimitCheck[]): LimitCheck[] =>
  checks.filter((c) => c.remaining < 0);
