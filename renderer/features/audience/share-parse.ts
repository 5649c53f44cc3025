import type { Language } from '../../../shared/domain/prefs.ts';
import { Share } from '../../../shared/domain/segment.ts';
import type { IssueCode } from '../../../shared/errors.ts';

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

/**
 * What is wrong with a share as it is typed, with the code the server would give (out of 0–100,
 * more than one decimal), so it is said under the field before any save; null when fine or blank.
 */
export function shareIssue(text: string): IssueCode | null {
  const value = parseShare(text);
  if (value === null) return null;
  if (Number.isNaN(value)) return 'notANumber';
  const checked = Share.safeParse(value);
  return checked.success ? null : ((checked.error.issues[0]?.message as IssueCode | undefined) ?? 'invalid');
}

/** A stored share as the user types it back in their language: 12.5 → "12,5" in French. */
export function shareText(share: number | null | undefined, language: Language): string {
  if (share === null || share === undefined) return '';
  const text = String(share);
  return language === 'fr' ? text.replace('.', ',') : text;
}
