/** The start of a caption for a one-line list: whole words up to `max` characters, then "…". */
export function firstWords(caption: string, max = 60): string {
  const text = caption.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,.;:!?–—-]+$/, '')}…`;
}
