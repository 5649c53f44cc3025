/**
 * The networks' words for a post's kind (Meta's `Post type`, LinkedIn's `Content Type`), in any
 * language they export, as Calepin's formats: a post added from a file is a reel when the file says
 * `IG reel`. A word not listed says nothing; the post then takes its network's usual format.
 */
import type { PostFormat } from '../domain/post-choices.ts';
import { foldWord } from './fold.ts';

/** Looked for inside the folded word, most specific first (`IG carousel` before `image`). */
const KINDS: readonly (readonly [string, PostFormat])[] = [
  ['reel', 'reel'],
  ['short', 'reel'],
  ['story', 'story'],
  ['stories', 'story'],
  ['carousel', 'carousel'],
  ['carrousel', 'carousel'],
  ['album', 'carousel'],
  ['live', 'live'],
  ['direct', 'live'],
  ['poll', 'poll'],
  ['sondage', 'poll'],
  ['document', 'document'],
  ['article', 'article'],
  ['video', 'video'],
  ['image', 'image'],
  ['photo', 'image'],
  ['text', 'text'],
  ['status', 'text'],
  ['statut', 'text'],
  ['link', 'text'],
  ['lien', 'text'],
];

export function postKind(word: string | null): PostFormat | undefined {
  if (!word) return undefined;
  const folded = foldWord(word);
  return KINDS.find(([w]) => folded.includes(w))?.[1];
}
