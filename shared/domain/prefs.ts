import { z } from 'zod';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const Bounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
});

/** Preferences live outside the database (electron-store, or a JSON file under the web host). */
export const Prefs = z.strictObject({
  /** null: follow the system locale. */
  language: z.enum(LANGUAGES).nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  lastClientId: z.uuid({ message: 'invalidId' }).nullable(),
  windowBounds: Bounds.nullable(),
});
export type Prefs = z.infer<typeof Prefs>;

export const PrefsPatch = Prefs.partial();
export type PrefsPatch = z.input<typeof PrefsPatch>;

export const DEFAULT_PREFS: Prefs = {
  language: null,
  theme: 'system',
  lastClientId: null,
  windowBounds: null,
};
