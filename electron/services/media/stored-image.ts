import { AppError } from '../../../shared/errors.ts';
import { sniffMedia } from '../../../shared/media/sniff.ts';
import { storeBytes } from './media-store.ts';

/**
 * A picture sent whole (an idea's, the freelancer's logo), checked by its bytes — an image (of
 * `types` when given), not a video or a renamed document — and kept once in the media store, as a
 * post's attachments are.
 */
export function storeImage(
  dataDir: string,
  file: { name: string; base64: string },
  types?: readonly string[],
): { sha256: string; name: string; mime: string } {
  const bytes = Buffer.from(file.base64, 'base64');
  const mime = sniffMedia(bytes);
  if (!mime?.startsWith('image/') || (types && !types.includes(mime)))
    throw new AppError('invalid_input', 'The picture is not an image', [
      { path: ['file', 'base64'], code: 'unsupportedFile' },
    ]);
  return { sha256: storeBytes(dataDir, bytes), name: file.name, mime };
}
