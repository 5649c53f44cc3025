import { z } from 'zod';
import { isIsoDate, isLocalTime } from '../calendar/dates.ts';

/**
 * Field schemas shared by every domain. Refinement messages are translation keys
 * (see shared/errors.ts), so the renderer can say what is wrong in the user's language.
 */

export const Id = z.uuid({ message: 'invalidId' });

/** A day on the client's wall calendar, `YYYY-MM-DD` (shared/calendar/dates.ts). */
export const IsoDateSchema = z.string().refine(isIsoDate, { message: 'invalidDate' });

/** `HH:MM`, 24-hour. */
export const LocalTimeSchema = z.string().refine(isLocalTime, { message: 'invalidTime' });

export const NAME_MAX = 80;
export const NOTES_MAX = 5000;
export const HANDLE_MAX = 100;
export const URL_MAX = 2048;

/**
 * Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) make a
 * name display as other text than it holds (after an override, "moc.evil" is shown as "live.com"):
 * refused in names and handles, where people tell things apart by reading them.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;
export const hasBidiControl = (value: string): boolean => BIDI_CONTROLS.test(value);

/** A one-line label people read to tell things apart: a client's, pillar's or segment's name, a handle. */
export const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { message: 'required' })
    .max(max)
    .refine((v) => !hasBidiControl(v), { message: 'bidiControl' });

export const Name = label(NAME_MAX);

export const Notes = z.string().max(NOTES_MAX);

export const Color = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'invalidColor' });

/**
 * Zones Intl has accepted. Building a formatter costs tens of microseconds, most of a client's
 * create; a user has a handful of zones. Bounded, since a name's case may vary endlessly.
 */
const acceptedZones = new Set<string>();
const ACCEPTED_MAX = 1000;

export function isTimeZone(value: string): boolean {
  if (acceptedZones.has(value)) return true;
  // Intl accepts every IANA zone it knows and throws a RangeError for anything else.
  if (value !== 'UTC' && !value.includes('/')) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
  } catch {
    return false;
  }
  if (acceptedZones.size < ACCEPTED_MAX) acceptedZones.add(value);
  return true;
}

let knownZones: Map<string, string> | undefined;

/**
 * One zone, one string: "europe/paris" is stored as "Europe/Paris". A correctly spelled name is
 * kept as chosen (a Montreal freelancer keeps "America/Montreal", not the "America/Toronto" it links to).
 */
export function canonicalTimeZone(zone: string): string {
  knownZones ??= new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  const listed = knownZones.get(zone.toLowerCase());
  if (listed) return listed;
  // Intl lists only canonical zones; a link spelled with care is kept, one typed in a single case is resolved.
  const oneCase = zone === zone.toLowerCase() || zone === zone.toUpperCase();
  return oneCase ? new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone : zone;
}

export const TimeZone = z
  .string()
  .max(64)
  .refine(isTimeZone, { message: 'invalidTimeZone' })
  .transform(canonicalTimeZone);

export function isHttpUrl(value: string): boolean {
  // URL parsing drops tabs and line breaks silently; kept in the text they would break an .ics line.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused.
  if (/[\u0000-\u001f\u007f]/.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
}

/** An http(s) URL, or the empty string for "none". */
export const OptionalHttpUrl = z
  .string()
  .trim()
  .max(URL_MAX)
  .refine((v) => v === '' || isHttpUrl(v), { message: 'invalidUrl' });

/** Columns every row carries (ARCHITECTURE: UUID v7, UTC ISO timestamps, soft delete). */
export interface RowMeta {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

let knownCurrencies: Set<string> | undefined;

/** An ISO 4217 code Intl can format (EUR, CHF, CAD…): post budgets and spend are in it. */
export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (v) => {
      knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
      return knownCurrencies.has(v);
    },
    { message: 'invalidCurrency' },
  );
