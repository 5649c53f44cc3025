import { z } from 'zod';

export const TAG_MAX = 60;
/** The most entries one list of a record holds: tags, places, a segment's sectors. */
export const LIST_MAX = 100;

export const Tag = z.string().trim().min(1, { message: 'required' }).max(TAG_MAX);

/** Tags compare without case; the first spelling is kept. */
export const Tags = z
  .array(Tag)
  .max(LIST_MAX)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((t) => {
      const key = t.toLocaleLowerCase('fr');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });
