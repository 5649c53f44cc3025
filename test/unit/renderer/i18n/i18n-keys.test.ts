import { describe, expect, it } from 'vitest';
import { en, fr } from '../../../../renderer/i18n/messages.ts';
import { ERROR_CODES, ISSUE_CODES } from '../../../../shared/errors.ts';
import { MEDIUM_KINDS } from '../../../../shared/networks.ts';

function flatten(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) out.set(k, v);
  }
  return out;
}

const enKeys = flatten(en);
const frKeys = flatten(fr);

describe('translation files', () => {
  it('have exactly the same keys in French and English', () => {
    expect([...frKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('have no empty value', () => {
    const empty = [...enKeys, ...frKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('translate every error code, issue code and kind of medium', () => {
    const needed = [
      ...ERROR_CODES.map((c) => `errors.${c}`),
      ...ISSUE_CODES.map((c) => `issues.${c}`),
      ...MEDIUM_KINDS.flatMap((k) => [`kinds.${k}.label`, `kinds.${k}.hint`]),
    ];
    expect(needed.filter((k) => !enKeys.has(k) || !frKeys.has(k))).toEqual([]);
  });

  it('keep the placeholders of each English string in French', () => {
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    const differ = [...enKeys].filter(
      ([k, v]) => placeholders(v).join() !== placeholders(frKeys.get(k) ?? '').join(),
    );
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('follow French typography: no breakable space before : ; ? ! » or after «', () => {
    const wrong = [...frKeys].filter(([, v]) => / [:;?!»]|« /.test(v)).map(([k, v]) => `${k}: ${v}`);
    expect(wrong).toEqual([]);
  });
});
