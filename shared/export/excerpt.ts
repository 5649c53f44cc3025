let graphemes: Intl.Segmenter | undefined;

/**
 * The first words of a text on one line, cut on a word boundary with an ellipsis: a calendar title
 * or a preview cell. Counted in graphemes, so an emoji or an accented letter is never cut in half.
 */
export function firstWords(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const chars = Array.from(graphemes.segment(flat), (s) => s.segment);
  if (chars.length <= max) return flat;
  const head = chars.slice(0, max).join('');
  const space = head.lastIndexOf(' ');
  // Cut at the last whole word, unless that would leave too little (one very long word).
  const cut = chars[max] === ' ' || space < head.length / 2 ? head : head.slice(0, space);
  return `${cut.trimEnd()}…`;
}
