/**
 * Header words as a reader compares them: "Réactions" and "reactions ", "Post  ID" and "post id"
 * are the same column; exports differ in case, accents and spacing between versions and languages.
 */
export const foldWord = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
