import type { TFunction } from './keys.ts';

/**
 * Keys are listed by their English names in one place (the shortcut tables); what is shown is the
 * name printed on the user's keyboard in the UI's language: Entrée, Échap, Suppr, Maj in French.
 * Letters, digits, arrows and symbols read the same everywhere and pass through.
 */
const NAMED = [
  'Enter',
  'Esc',
  'Delete',
  'Shift',
  'Home',
  'End',
  'Tab',
  'Alt',
  'Ctrl',
  'Space',
  'PageUp',
  'PageDown',
] as const;
type NamedKey = (typeof NAMED)[number];

const isNamed = (key: string): key is NamedKey => (NAMED as readonly string[]).includes(key);

export const keyLabel = (t: TFunction, key: string): string => (isNamed(key) ? t(`keyNames.${key}`) : key);
