/**
 * X's weighted length: most Latin, Greek, Cyrillic, Hebrew and Arabic characters count 1,
 * everything else (CJK, emoji…) counts 2, and every URL counts 23 whatever its length —
 * the rules of twitter-text's v3 configuration, as X applies them in 2026.
 */
export const URL_WEIGHT = 23;

// Code point ranges that weigh 1 (twitter-text v3 `ranges`); all others weigh 2.
const LIGHT_RANGES: readonly [number, number][] = [
  [0x0000, 0x10ff],
  [0x2000, 0x200d],
  [0x2010, 0x201f],
  [0x2032, 0x2037],
];

// A scheme, or a bare domain with a common top-level domain, up to the next space.
export const URL_PATTERN =
  /\bhttps?:\/\/[^\s]+|\b(?:[a-z0-9-]+\.)+(?:com|org|net|fr|io|co|be|ch|ca|eu|app|dev)\b[^\s]*/giu;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

const codePointWeight = (cp: number): number =>
  LIGHT_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi) ? 1 : 2;

function textWeight(text: string): number {
  let weight = 0;
  for (const { segment } of segmenter.segment(text)) {
    // An emoji is one character to the reader however many code points it is made of (👩‍👩‍👧, 🇫🇷).
    if (EMOJI.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) weight += codePointWeight(char.codePointAt(0) ?? 0);
  }
  return weight;
}

export function weightedLength(text: string): number {
  let weight = 0;
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    weight += textWeight(text.slice(last, match.index)) + URL_WEIGHT;
    last = match.index + match[0].length;
  }
  return weight + textWeight(text.slice(last));
}
