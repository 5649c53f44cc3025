import type { ParsedInput } from '../../../shared/contract.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { getIdea, setIdeaPicture } from '../../db/ideas.ts';
import type { Db } from '../../db/types.ts';
import { storeImage } from '../media/stored-image.ts';

/** An idea's picture, or none: the file stays in the store while a backup or a post refers to it. */
export function setPicture(
  db: Db,
  dataDir: string,
  input: ParsedInput<'ideas.setPicture'>,
  now: string,
): Idea {
  getIdea(db, input.id);
  setIdeaPicture(db, input.id, input.file === null ? null : storeImage(dataDir, input.file), now);
  return getIdea(db, input.id);
}
