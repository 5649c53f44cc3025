import { LOGO_MAX_BYTES, LOGO_TYPES } from '../../../shared/domain/profile.ts';

export type LogoProblem = 'notImage' | 'format' | 'tooBig';

/** Why a file cannot be the logo, checked before it is read and sent; null when it can. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): LogoProblem | null {
  if (!file.type.startsWith('image/')) return 'notImage';
  // HEIC and SVG are turned away before the file is read, with what to do.
  if (!LOGO_TYPES.includes(file.type)) return 'format';
  if (file.size > LOGO_MAX_BYTES) return 'tooBig';
  return null;
}

/** What the file picker offers. */
export const LOGO_ACCEPT = LOGO_TYPES.join(',');
