import type { Language } from '../../../shared/domain/prefs.ts';

/**
 * A share as typed, in either decimal mark: "12,5", "12.5", "12,5 %" → 12.5; blank → null; anything
 * else → NaN. The range (0–100, one decimal) is the server's to judge, so a typo of 150 is told
 * under its field in the server's own words.
 */
export function parseShare(text: string): number | null {
  const plain = text.replace(/[\s\u00a0\u202f%]/g, '');
  if (plain === '') return null;
  if (!/^[-\u2212]?\d+([.,]\d+)?$/.test(plain)) return Number.NaN;
  return Number(plain.replace('\u2212', '-').replace(',', '.'));
}

/** A stored share as the user types it back in their language: 12.5 → "12,5" in French. */
export function shareText(share: number | null | undefined, language: Language): string {
  if (share === null || share === undefined) return '';
  const text = String(share);
  return language === 'fr' ? text.replace('.', ',') : text;
}
