/** Tags compare without case, as the server does; the first spelling is kept. */
export const tagKey = (tag: string) => tag.trim().toLocaleLowerCase('fr');

/**
 * The list with `typed` added, unless it is blank or already there in any case. A tag the client
 * already uses elsewhere is added in that spelling, so "yoga" joins the existing "Yoga".
 */
export function addTag(tags: readonly string[], typed: string, known: readonly string[]): string[] {
  const key = tagKey(typed);
  if (key === '' || tags.some((t) => tagKey(t) === key)) return [...tags];
  return [...tags, known.find((k) => tagKey(k) === key) ?? typed.trim()];
}

/** Known tags not chosen yet that contain what is typed, those starting with it first. */
export function suggestTags(known: readonly string[], chosen: readonly string[], typed: string): string[] {
  const key = tagKey(typed);
  const taken = new Set(chosen.map(tagKey));
  const open = known.filter((k) => !taken.has(tagKey(k)) && tagKey(k).includes(key));
  return [
    ...open.filter((k) => tagKey(k).startsWith(key)),
    ...open.filter((k) => !tagKey(k).startsWith(key)),
  ];
}
