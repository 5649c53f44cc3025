import { LOGO_MAX_BYTES } from '../../../shared/domain/profile.ts';

/**
 * Pictures every Chromium draws, on screen and in a PDF. The store also takes HEIC, which the
 * report could not show, and SVG is not stored at all: both are turned away here, with what to do.
 */
const SHOWN = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'];

export type LogoProblem = 'notImage' | 'format' | 'tooBig';

/** Why a file cannot be the logo, checked before it is read and sent; null when it can. */
export function logoProblem(file: Pick<File, 'type' | 'size'>): LogoProblem | null {
  if (!file.type.startsWith('image/')) return 'notImage';
  if (!SHOWN.includes(file.type)) return 'format';
  if (file.size > LOGO_MAX_BYTES) return 'tooBig';
  return null;
}

/** What the file picker offers. */
export const LOGO_ACCEPT = SHOWN.join(',');
