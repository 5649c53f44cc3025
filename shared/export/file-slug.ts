/**
 * `Boulangerie Martin` → `boulangerie-martin`: a client's name in a file name every system accepts,
 * the same in the files the app writes and the ones the page downloads; `client` when no letter is left.
 */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'client' : slug;
}
