import { z } from 'zod';
import { base64Of } from './attachment.ts';
import { hasBidiControl, NAME_MAX } from './fields.ts';

/** A logo is a small picture: a scanned letterhead at most. */
export const LOGO_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Pictures every Chromium draws, on screen and in a PDF: HEIC (which the media store takes for
 * posts) would leave a broken cover and approval page.
 */
export const LOGO_TYPES: readonly string[] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'image/avif',
];

/** The freelancer's own name and logo, set once in Settings, shown on every report's cover. */
export interface Profile {
  name: string;
  logo: { sha256: string; name: string; mime: string } | null;
}

export const ProfileUpdate = z.strictObject({
  name: z
    .string()
    .trim()
    .max(NAME_MAX)
    .refine((v) => !hasBidiControl(v), { message: 'bidiControl' }),
});
export type ProfileUpdate = z.input<typeof ProfileUpdate>;

export const ProfileLogoSet = z.strictObject({
  /** null takes the logo away (the file stays while a backup refers to it). */
  file: z
    .strictObject({
      name: z.string().trim().min(1, { message: 'required' }).max(255),
      base64: base64Of(LOGO_MAX_BYTES).refine((v) => v.length > 0, { message: 'required' }),
    })
    .nullable(),
});
export type ProfileLogoSet = z.input<typeof ProfileLogoSet>;
