import type { Language } from '../../shared/domain/prefs.ts';
import type { Messages } from './messages-en.ts';

/**
 * What the app used of i18next, and nothing else: a dotted key looked up in the language shown and
 * then in English, `_one`/`_other` picked by Intl.PluralRules when a numeric `count` is given, and
 * `{{name}}` replaced by its value. The choices below copy i18next's, so no text reads differently.
 */
export type Texts = Partial<Record<Language, Messages>>;

const FALLBACK: Language = 'en';
const PLACEHOLDER = /\{\{(.+?)\}\}/g;
const rules = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  return rule;
}

function find(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  // i18next treats an empty text as missing and falls back.
  return typeof node === 'string' && node !== '' ? node : undefined;
}

/** i18next's order: the plural form of the count, the bare key, then `_other`. */
function candidates(key: string, count: unknown, language: Language): string[] {
  if (typeof count !== 'number') return [key];
  const form = pluralRules(language).select(count);
  return form === 'other' ? [`${key}_other`, key] : [`${key}_${form}`, key, `${key}_other`];
}

/** A value given as undefined or null reads empty; a placeholder with no value given stays as written. */
function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const key = name.trim();
    if (!Object.hasOwn(values, key)) return whole;
    const value = values[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

/** The text for a key: the language shown, then English; a key found in neither is shown as is. */
export function translate(
  texts: Texts,
  language: Language,
  key: string,
  values: Record<string, unknown> = {},
): string {
  const languages = language === FALLBACK ? [language] : [language, FALLBACK];
  for (const lng of languages) {
    for (const candidate of candidates(key, values.count, lng)) {
      const text = find(texts[lng], candidate);
      if (text !== undefined) return interpolate(text, values);
    }
  }
  return key;
}
