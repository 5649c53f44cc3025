/**
 * What a file really is, from its first bytes: the declared type and the extension are not
 * trusted. Only images and videos a post can carry are recognised.
 */

export const MEDIA_MAX_BYTES = 200 * 1024 * 1024;
/** Bytes enough to recognise every format below. */
export const SNIFF_BYTES = 16;

export const MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'image/avif',
  'image/heic',
  'video/mp4',
  'video/quicktime',
  'video/webm',
] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

const ascii = (bytes: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...bytes.subarray(from, to));
const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

const MP4_BRANDS = [
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'M4V ',
  'M4VP',
  'MSNV',
  'mmp4',
];

/** ISO base media files (MP4, MOV, HEIC, AVIF) say what they are in their `ftyp` box; audio (M4A) and raw photos (CR3) are not posts. */
function isoBrand(brand: string): MediaType | null {
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand === 'avif' || brand === 'avis') return 'image/avif';
  if (['heic', 'heix', 'mif1', 'msf1', 'heim', 'heis'].includes(brand)) return 'image/heic';
  return MP4_BRANDS.includes(brand) ? 'video/mp4' : null;
}

export function sniffMedia(head: Uint8Array): MediaType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') return isoBrand(ascii(head, 8, 12));
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'video/webm';
  return null;
}

export const isVideo = (type: string): boolean => type.startsWith('video/');

/** A file's SHA-256, in hex: its name in the data folder. */
export const isSha256 = (value: string): boolean => /^[0-9a-f]{64}$/.test(value);
