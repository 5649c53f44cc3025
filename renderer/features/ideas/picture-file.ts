import { IDEA_PICTURE_MAX_BYTES } from '../../../shared/domain/idea.ts';

/** Why a file cannot be an idea's picture, checked before it is read and sent; null when it can. */
export function pictureProblem(file: Pick<File, 'type' | 'size'>): 'notImage' | 'tooBig' | null {
  if (!file.type.startsWith('image/')) return 'notImage';
  if (file.size > IDEA_PICTURE_MAX_BYTES) return 'tooBig';
  return null;
}

/** The first file a drop or a picker holds that is an image, else the first one (to say why not). */
export const pickedFile = (files: readonly File[]): File | undefined =>
  files.find((f) => f.type.startsWith('image/')) ?? files[0];

/** Whether a drag carries files (as opposed to text, or an idea dragged from the list). */
export const carriesFiles = (types: readonly string[]): boolean => types.includes('Files');
