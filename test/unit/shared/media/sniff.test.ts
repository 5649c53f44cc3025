import { describe, expect, it } from 'vitest';
import { isSha256, isVideo, MEDIA_TYPES, SNIFF_BYTES, sniffMedia } from '../../../../shared/media/sniff.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)),
  );

/** An ISO base media file (MP4, MOV, HEIC, AVIF) opens with a sized `ftyp` box naming its brand. */
const ftyp = (brand: string) => bytes([0x00, 0x00, 0x00, 0x18], 'ftyp', brand, [0x00, 0x00, 0x02, 0x00]);

/** The first bytes of files as cameras, phones and editors write them. */
const MEDIA: [string, Uint8Array, string][] = [
  ['a JPEG (JFIF)', bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0x00, 0x01, 0x01]), 'image/jpeg'],
  ['a JPEG from a camera (Exif)', bytes([0xff, 0xd8, 0xff, 0xe1, 0x2a, 0x3c], 'Exif', [0, 0]), 'image/jpeg'],
  [
    'a PNG',
    bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], 'IHDR'),
    'image/png',
  ],
  ['a GIF87a', bytes('GIF87a', [0x10, 0x00, 0x10, 0x00]), 'image/gif'],
  ['a GIF89a', bytes('GIF89a', [0x10, 0x00, 0x10, 0x00]), 'image/gif'],
  ['a WebP', bytes('RIFF', [0x24, 0x10, 0x00, 0x00], 'WEBP', 'VP8 '), 'image/webp'],
  ['an MP4 (isom)', ftyp('isom'), 'video/mp4'],
  ['an MP4 from a phone (mp42)', ftyp('mp42'), 'video/mp4'],
  ['a MOV', bytes([0x00, 0x00, 0x00, 0x14], 'ftyp', 'qt  ', [0x20, 0x05, 0x03, 0x00]), 'video/quicktime'],
  ['a HEIC photo from an iPhone', ftyp('heic'), 'image/heic'],
  ['a HEIF image (mif1)', ftyp('mif1'), 'image/heic'],
  ['an AVIF', ftyp('avif'), 'image/avif'],
  ['an animated AVIF', ftyp('avis'), 'image/avif'],
  ['a WebM', bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]), 'video/webm'],
];

const NOT_MEDIA: [string, Uint8Array][] = [
  ['a PDF', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3])],
  ['a ZIP (or a .docx)', bytes('PK', [0x03, 0x04, 0x14, 0x00, 0x06, 0x00])],
  ['plain text', bytes('Bonjour à tous !')],
  ['an empty file', new Uint8Array()],
  ['a WAV sound (RIFF but not WebP)', bytes('RIFF', [0x24, 0x10, 0x00, 0x00], 'WAVE', 'fmt ')],
  ['an HTML page named .jpg', bytes('<!doctype html>')],
  ['a GIF signature of an unknown version', bytes('GIF88a', [0x10, 0x00])],
  ['a PNG signature cut short', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])],
  ['two bytes of a JPEG', bytes([0xff, 0xd8])],
  ['an M4A song (audio, not a post)', ftyp('M4A ')],
  ['a Canon CR3 raw photo', ftyp('crx ')],
  ['an ftyp box cut before its brand', bytes([0x00, 0x00, 0x00, 0x18], 'ftyp', 'is')],
];

describe('recognising a file from its first bytes', () => {
  it.each(MEDIA)('recognises %s', (_label, head, type) => {
    expect(sniffMedia(head)).toBe(type);
  });

  it.each(NOT_MEDIA)('refuses %s', (_label, head) => {
    expect(sniffMedia(head)).toBeNull();
  });

  it(`recognises each file from its first ${SNIFF_BYTES} bytes, whatever follows`, () => {
    for (const [label, head, type] of MEDIA) {
      expect(head.length, label).toBeLessThanOrEqual(SNIFF_BYTES);
      const longer = Uint8Array.from([...head, ...bytes('%PDF-1.7 and more text after the header')]);
      expect(sniffMedia(longer), label).toBe(type);
    }
  });

  it('answers only types a post can carry, each of them recognised by some file above', () => {
    expect(new Set(MEDIA.map(([, , type]) => type))).toEqual(new Set(MEDIA_TYPES));
  });

  it('is not fooled by a known signature further into the file', () => {
    expect(sniffMedia(bytes('Hello ', [0xff, 0xd8, 0xff, 0xe0]))).toBeNull();
    expect(sniffMedia(bytes('xx', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull();
  });
});

describe('media helpers', () => {
  it('tells videos from images', () => {
    expect(MEDIA_TYPES.filter(isVideo)).toEqual(['video/mp4', 'video/quicktime', 'video/webm']);
  });

  it('accepts only 64 lower-case hex digits as a stored file name', () => {
    const sha = 'a'.repeat(32) + '0123456789abcdef'.repeat(2);
    expect(isSha256(sha)).toBe(true);
    for (const name of [
      sha.toUpperCase(),
      sha.slice(1),
      `${sha}0`,
      `../${sha.slice(3)}`,
      `${sha.slice(0, 63)}/`,
      '',
    ]) {
      expect(isSha256(name), name).toBe(false);
    }
  });
});
