/**
 * Each word of the user's text must start a word of the indexed text (a post's caption or notes, a
 * mention's text or author); FTS syntax is never passed through.
 */
export function ftsQuery(text: string): string | null {
  const words = text
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
    .map((w) => `"${w}"*`);
  return words.length > 0 ? words.join(' ') : null;
}
