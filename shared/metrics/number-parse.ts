/**
 * Numbers as a community manager types or pastes them into the engagement grid: copied from a
 * network's insights page, a French or an English spreadsheet, or typed by hand. The reading is
 * strict where a wrong guess would silently store a wrong number (`1,234` of money in French),
 * lenient where nothing can go wrong (any kind of space between thousands).
 */
import { COUNT_MAX, SPEND_MAX_CENTS } from '../domain/metrics.ts';
import type { Language } from '../domain/prefs.ts';

export type NumberKind = 'count' | 'money';

/** Each code is an i18n key: the grid says why a cell was refused. */
export type NumberIssue = 'notANumber' | 'notInteger' | 'negative' | 'percent' | 'tooBig' | 'tooPrecise';

/** `value`: a whole count, or money in cents; null when the text is blank (the cell is cleared). */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false; code: NumberIssue };

export interface NumberOptions {
  kind: NumberKind;
  locale: Language;
}

export const MAX_COUNT = COUNT_MAX;
export const MAX_MONEY_CENTS = SPEND_MAX_CENTS;

const DECIMAL_MARK: Record<Language, ',' | '.'> = { fr: ',', en: '.' };

/**
 * Sign, currency and percent around the digits, in the orders people write them: `-12,50 €`,
 * `€-12.50`, `(12.50 $)` (accounting), `CHF 12.50`, `12,5 %`. The body starts and ends with a digit,
 * so `.5` and `5.` never get this far; a letter inside it (`1e5`) is refused as a separator.
 */
const SHAPE =
  /^(?<open>\()?\s*(?<sign>[-+\u2212])?\s*(?<before>\p{Sc}|\p{L}{3})?\s*(?<signAfterCurrency>[-+\u2212])?\s*(?<body>\d(?:[^%()]*\d)?)\s*(?<after>\p{Sc}|\p{L}{3})?\s*(?<percent>%)?\s*(?<close>\))?$/u;

let isoCodes: Set<string> | undefined;

/** A three-letter word is a currency only if it is a real ISO code: `12 abc` is a typo, not money. */
function isCurrency(token: string): boolean {
  if (/^\p{Sc}$/u.test(token)) return true;
  isoCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCodes.has(token.toUpperCase());
}

type SeparatorClass = 'comma' | 'dot' | 'space' | 'apostrophe';

function separatorClass(char: string): SeparatorClass | null {
  if (char === ',') return 'comma';
  if (char === '.') return 'dot';
  // Word and LibreOffice write French thousands with a no-break or a narrow no-break space.
  if (char === ' ' || char === '\u00A0' || char === '\u202F') return 'space';
  // Swiss format: 1'234.50, often with a typographic apostrophe.
  if (char === "'" || char === '\u2019') return 'apostrophe';
  return null;
}

const isMark = (c: SeparatorClass): boolean => c === 'comma' || c === 'dot';

/** A group before the first thousands separator: 1 to 3 digits, and `0,123` is never a thousand. */
const LEADING_GROUP = /^[1-9]\d{0,2}$/;

interface Digits {
  whole: string;
  fraction: string;
}

/** Whole and fraction digits, or null when the separators cannot be read one single way. */
function readBody(body: string, { kind, locale }: NumberOptions): Digits | null {
  const parts = body.split(/(\D)/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const separators: SeparatorClass[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const kindOf = separatorClass(parts[i] ?? '');
    if (kindOf === null) return null;
    separators.push(kindOf);
  }
  // Two separators in a row (`12..3`) leave an empty group.
  if (groups.some((g) => g === '')) return null;

  const last = separators.length - 1;
  const marks = separators.filter(isMark);
  let decimalAt = -1;
  if (new Set(marks).size === 2) {
    // `1.234,5` and `1,234.5`: whichever comes last is the decimal mark, whatever the locale.
    const mark = separators[last];
    if (mark === undefined || !isMark(mark) || marks.filter((m) => m === mark).length !== 1) return null;
    decimalAt = last;
  } else if (marks.length === 1 && separators.length > 1) {
    // `1 234,5`: the spaces already group, so the comma or point can only be the decimal mark.
    if (!isMark(separators[last] ?? 'space')) return null;
    decimalAt = last;
  } else if (marks.length === 1) {
    const [before = '', after = ''] = groups;
    const couldGroup = after.length === 3 && LEADING_GROUP.test(before);
    // Counts are whole, so `1,234` can only be a thousand and some; for money the locale decides.
    const groups3 = couldGroup && (kind === 'count' || parts[1] !== DECIMAL_MARK[locale]);
    decimalAt = groups3 ? -1 : 0;
  }

  const grouping = separators.filter((_, i) => i !== decimalAt);
  const wholeGroups = decimalAt === -1 ? groups : groups.slice(0, decimalAt + 1);
  if (grouping.length > 0) {
    if (new Set(grouping).size > 1) return null;
    const [first = '', ...rest] = wholeGroups;
    // `1,23,456` (Indian grouping) or `12 34` is more likely two numbers run together than one.
    if (!LEADING_GROUP.test(first) || rest.some((g) => g.length !== 3)) return null;
  }
  return { whole: wholeGroups.join(''), fraction: decimalAt === -1 ? '' : (groups[decimalAt + 1] ?? '') };
}

function fail(code: NumberIssue): ParsedNumber {
  return { ok: false, code };
}

/**
 * Reads a cell's text. Cents are computed from the digits, never through a binary fraction, so
 * `0,29` is exactly 29 cents; more than two decimals of money is refused rather than rounded,
 * because it usually means a thousands separator read the wrong way.
 */
export function parseNumber(text: string, options: NumberOptions): ParsedNumber {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const shape = SHAPE.exec(trimmed)?.groups;
  if (shape === undefined) return fail('notANumber');
  const { open, close, sign, signAfterCurrency, before, after, percent, body = '' } = shape;
  if ((open === undefined) !== (close === undefined)) return fail('notANumber');
  if (sign !== undefined && signAfterCurrency !== undefined) return fail('notANumber');
  if (before !== undefined && after !== undefined) return fail('notANumber');
  const currency = before ?? after;
  if (currency !== undefined && (options.kind !== 'money' || !isCurrency(currency))) {
    return fail('notANumber');
  }
  const digits = readBody(body, options);
  if (digits === null) return fail('notANumber');

  // A rate pasted from an insights export: Calepin computes rates from raw counts instead.
  if (percent !== undefined) return fail('percent');
  const minus = open !== undefined || [sign, signAfterCurrency].some((s) => s === '-' || s === '\u2212');
  if (minus && /[1-9]/.test(digits.whole + digits.fraction)) return fail('negative');

  const whole = Number(digits.whole);
  if (options.kind === 'count') {
    // `1 234,00` from a spreadsheet formatted with decimals is still a whole count.
    if (/[1-9]/.test(digits.fraction)) return fail('notInteger');
    return whole > MAX_COUNT ? fail('tooBig') : { ok: true, value: whole };
  }
  if (digits.fraction.length > 2) return fail('tooPrecise');
  const cents = whole * 100 + Number(digits.fraction.padEnd(2, '0'));
  return cents > MAX_MONEY_CENTS ? fail('tooBig') : { ok: true, value: cents };
}

/**
 * The text a cell starts editing with: no thousands separators, so the user can move through the
 * digits and the text reads back to the same value in this locale.
 */
export function formatForEditing(value: number | null, kind: NumberKind, locale: Language): string {
  if (value === null) return '';
  // Below 1e21 String() never switches to exponent notation.
  if (kind === 'count') return String(value);
  const sign = value < 0 ? '-' : '';
  const cents = Math.abs(value);
  return `${sign}${Math.trunc(cents / 100)}${DECIMAL_MARK[locale]}${String(cents % 100).padStart(2, '0')}`;
}
