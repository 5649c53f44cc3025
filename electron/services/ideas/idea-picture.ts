import type { ParsedInput } from '../../../shared/contract.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { AppError } from '../../../shared/errors.ts';
import { sniffMedia } from '../../../shared/media/sniff.ts';
import { getIdea, setIdeaPicture } from '../../db/ideas.ts';
import type { Db } from '../../db/types.ts';
import { storeBytes } from '../media/media-store.ts';

/**
 * An idea's picture, checked by its bytes (an image, not a video or a renamed document) and kept
 * in the media store once, as a post's attachments are.
 */
export function setPicture(
  db: Db,
  dataDir: string,
  input: ParsedInput<'ideas.setPicture'>,
  now: string,
): Idea {
  getIdea(db, input.id);
  if (input.file === null) {
    setIdeaPicture(db, input.id, null, now);
    return getIdea(db, input.id);
  }
  const bytes = Buffer.from(input.file.base64, 'base64');
  const mime = sniffMedia(bytes);
  if (!mime?.startsWith('image/'))
    throw new AppError('invalid_input', 'The picture is not an image', [
      { path: ['file', 'base64'], code: 'unsupportedFile' },
    ]);
  const sha256 = storeBytes(dataDir, bytes);
  setIdeaPicture(db, input.id, { sha256, name: input.file.name, mime }, now);
  return getIdea(db, input.id);
}
