import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../../shared/domain/prefs.ts';

describe('language resolution', () => {
  it('follows a French system locale when nothing is saved', () => {
    expect(resolveLanguage(null, 'fr-FR')).toBe('fr');
    expect(resolveLanguage(null, 'fr-CA')).toBe('fr');
    expect(resolveLanguage(null, 'FR')).toBe('fr');
  });

  it('falls back to English for any other or unknown system locale', () => {
    expect(resolveLanguage(null, 'en-US')).toBe('en');
    expect(resolveLanguage(null, 'de-DE')).toBe('en');
    expect(resolveLanguage(null, undefined)).toBe('en');
  });

  it('prefers the saved choice over the system', () => {
    expect(resolveLanguage('en', 'fr-FR')).toBe('en');
    expect(resolveLanguage('fr', 'en-GB')).toBe('fr');
  });
});
