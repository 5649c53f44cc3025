import { describe, expect, it } from 'vitest';
import { fileSlug } from '../../../../shared/export/file-slug.ts';

describe("a client's name in a file name", () => {
  it('keeps lowercase letters and digits, the accents dropped, anything else one hyphen', () => {
    expect(fileSlug('Boulangerie Martin')).toBe('boulangerie-martin');
    expect(fileSlug('Crêperie “Chez Zoë” & Fils')).toBe('creperie-chez-zoe-fils');
    expect(fileSlug('  Atelier 42 ')).toBe('atelier-42');
  });

  it('is cut at 40 characters, never ending on a hyphen', () => {
    const slug = fileSlug(`${'a'.repeat(39)} bcd`);
    expect(slug).toBe('a'.repeat(39));
  });

  it('says "client" when no letter or digit is left', () => {
    expect(fileSlug('日本の店')).toBe('client');
    expect(fileSlug('')).toBe('client');
  });
});
