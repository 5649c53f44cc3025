import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../shared/domain/prefs.ts';
import {
  formatForEditing,
  MAX_COUNT,
  MAX_MONEY_CENTS,
  type NumberIssue,
  type NumberKind,
  parseNumber,
} from '../../../../shared/metrics/number-parse.ts';

const LOCALES: Language[] = ['fr', 'en'];
const KINDS: NumberKind[] = ['count', 'money'];

const count = (text: string, locale: Language) => parseNumber(text, { kind: 'count', locale });
const money = (text: string, locale: Language) => parseNumber(text, { kind: 'money', locale });
const ok = (value: number | null) => ({ ok: true, value });
const issue = (code: NumberIssue) => ({ ok: false, code });

/** Every kind in every locale: the rules that do not depend on either. */
const EVERYWHERE = KINDS.flatMap((kind) => LOCALES.map((locale) => ({ kind, locale })));

describe('parseNumber: blank cells', () => {
  it.each(['', ' ', '   ', '\u00A0', '\u202F', '\t', ' \u00A0 '])(
    'reads %j as "no value" everywhere',
    (text) => {
      for (const options of EVERYWHERE) expect(parseNumber(text, options)).toEqual(ok(null));
    },
  );
});

describe('parseNumber: counts', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['007', 7],
    ['1234', 1234],
    ['  1234  ', 1234],
    ['+12', 12],
    ['+ 12', 12],
    ['-0', 0],
  ])('reads %j as %d in both locales', (text, value) => {
    for (const locale of LOCALES) expect(count(text, locale)).toEqual(ok(value));
  });

  it.each([
    ['1 234', 'a plain space'],
    ['1\u00A0234', 'a no-break space'],
    ['1\u202F234', 'a narrow no-break space'],
    ["1'234", 'an apostrophe'],
    ['1\u2019234', 'a typographic apostrophe'],
  ])('reads %j (thousands after %s) as 1234 in both locales', (text) => {
    for (const locale of LOCALES) expect(count(text, locale)).toEqual(ok(1234));
  });

  it('reads several groups of thousands with any of the separators', () => {
    for (const locale of LOCALES) {
      expect(count('12 345 678', locale)).toEqual(ok(12_345_678));
      expect(count('1\u202F234\u202F567', locale)).toEqual(ok(1_234_567));
      expect(count('1,234,567', locale)).toEqual(ok(1_234_567));
      expect(count('1.234.567', locale)).toEqual(ok(1_234_567));
      expect(count("1'234'567", locale)).toEqual(ok(1_234_567));
    }
  });

  it('takes a lone comma or point before three digits as thousands, since a count is whole', () => {
    for (const locale of LOCALES) {
      expect(count('1,234', locale)).toEqual(ok(1234));
      expect(count('1.234', locale)).toEqual(ok(1234));
      expect(count('12,000', locale)).toEqual(ok(12_000));
      expect(count('999.999', locale)).toEqual(ok(999_999));
    }
  });

  it('takes a comma and a point together as thousands then decimals, whatever the locale', () => {
    for (const locale of LOCALES) {
      expect(count('1.234,00', locale)).toEqual(ok(1234));
      expect(count('1,234.00', locale)).toEqual(ok(1234));
      expect(count('1.234.567,0', locale)).toEqual(ok(1_234_567));
    }
  });

  it('accepts zero decimals as a spreadsheet formatted with decimals writes them', () => {
    for (const locale of LOCALES) {
      expect(count('12,0', locale)).toEqual(ok(12));
      expect(count('1 234,00', locale)).toEqual(ok(1234));
      expect(count('1 234.00', locale)).toEqual(ok(1234));
    }
  });

  it.each([
    '12,5',
    '12.5',
    '0,5',
    '1 234,5',
    '1.234,56',
    '1,234.5',
    // Four digits before, or a leading zero, cannot be a group of thousands: these are decimals.
    '1234,567',
    '0,123',
    '0.500',
    // Once spaces group the thousands, the comma is a decimal mark.
    '1 234,567',
  ])('refuses the fraction in %j with notInteger in both locales', (text) => {
    for (const locale of LOCALES) expect(count(text, locale)).toEqual(issue('notInteger'));
  });

  it('refuses a currency on a count', () => {
    for (const locale of LOCALES) {
      expect(count('12 €', locale)).toEqual(issue('notANumber'));
      expect(count('$12', locale)).toEqual(issue('notANumber'));
      expect(count('EUR 12', locale)).toEqual(issue('notANumber'));
    }
  });

  it('accepts a trillion and refuses one more', () => {
    for (const locale of LOCALES) {
      expect(count('1 000 000 000 000', locale)).toEqual(ok(MAX_COUNT));
      expect(count('1000000000001', locale)).toEqual(issue('tooBig'));
      expect(count('99999999999999999999999999', locale)).toEqual(issue('tooBig'));
    }
    expect(MAX_COUNT).toBe(1e12);
  });
});

describe('parseNumber: money, in cents', () => {
  it.each([
    ['fr', '12,5', 1250],
    ['en', '12,5', 1250],
    ['fr', '12.50', 1250],
    ['en', '12.50', 1250],
    ['fr', '12', 1200],
    ['en', '0.05', 5],
    ['fr', '0,29', 29],
    ['en', '0.29', 29],
    ['fr', '1 234,56', 123_456],
    ['fr', '1\u202F234,56', 123_456],
    ['en', '1 234.56', 123_456],
    ['fr', '1.234,56', 123_456],
    ['en', '1,234.56', 123_456],
    // A comma and a point together read the same way in both locales: the last one is decimal.
    ['en', '1.234,56', 123_456],
    ['fr', '1,234.56', 123_456],
    ['fr', '1.234.567,89', 123_456_789],
    ['en', '1,234,567.89', 123_456_789],
    ['en', "1'234.50", 123_450],
  ] as const)('%s: reads %j as %d cents', (locale, text, cents) => {
    expect(money(text, locale)).toEqual(ok(cents));
  });

  it('lets the locale decide a lone comma or point before three digits', () => {
    expect(money('1.234', 'fr')).toEqual(ok(123_400));
    expect(money('1,234', 'fr')).toEqual(issue('tooPrecise'));
    expect(money('1,234', 'en')).toEqual(ok(123_400));
    expect(money('1.234', 'en')).toEqual(issue('tooPrecise'));
    expect(money('12,345', 'en')).toEqual(ok(1_234_500));
    expect(money('12,345', 'fr')).toEqual(issue('tooPrecise'));
    expect(money('12.345', 'fr')).toEqual(ok(1_234_500));
    expect(money('12.345', 'en')).toEqual(issue('tooPrecise'));
  });

  it('never reads a leading zero or four digits as a thousands group', () => {
    expect(money('0.123', 'fr')).toEqual(issue('tooPrecise'));
    expect(money('1234,567', 'en')).toEqual(issue('tooPrecise'));
  });

  it('refuses more than two decimals rather than rounding them away', () => {
    for (const locale of LOCALES) {
      expect(money('0,001', locale)).toEqual(issue('tooPrecise'));
      expect(money('12.5000', locale)).toEqual(issue('tooPrecise'));
      expect(money('1 234,567', locale)).toEqual(issue('tooPrecise'));
      expect(money('1.234,567', locale)).toEqual(issue('tooPrecise'));
    }
  });

  it.each([
    ['fr', '12,50 €', 1250],
    ['fr', '12,50€', 1250],
    ['fr', '1\u00A0234,50\u00A0€', 123_450],
    ['en', '€12.50', 1250],
    ['en', '€ 12.50', 1250],
    ['en', '$1,234.50', 123_450],
    ['en', '£3', 300],
    ['en', '12.50 EUR', 1250],
    ['fr', '12,50 eur', 1250],
    ['en', 'CHF 12.50', 1250],
    ['fr', 'CHF 1\u2019234.50', 123_450],
    ['en', '+$5', 500],
  ] as const)('%s: strips the currency from %j', (locale, text, cents) => {
    expect(money(text, locale)).toEqual(ok(cents));
  });

  it('refuses a word that is no currency, or two currencies', () => {
    for (const locale of LOCALES) {
      expect(money('12.50 ABC', locale)).toEqual(issue('notANumber'));
      expect(money('€12 EUR', locale)).toEqual(issue('notANumber'));
      expect(money('€', locale)).toEqual(issue('notANumber'));
      expect(money('EUR', locale)).toEqual(issue('notANumber'));
    }
  });

  it('accepts ten million and refuses one cent more', () => {
    expect(money('10 000 000,00 €', 'fr')).toEqual(ok(MAX_MONEY_CENTS));
    expect(money('10,000,000', 'en')).toEqual(ok(MAX_MONEY_CENTS));
    expect(money('10 000 000,01', 'fr')).toEqual(issue('tooBig'));
    expect(money('$10,000,000.01', 'en')).toEqual(issue('tooBig'));
    expect(MAX_MONEY_CENTS).toBe(1_000_000_000);
  });
});

describe('parseNumber: refusals', () => {
  it.each(['-3', '\u22123', '(3)', '- 3', '-1 234', '(1.234)'])(
    'refuses %j as negative everywhere',
    (text) => {
      for (const options of EVERYWHERE) expect(parseNumber(text, options)).toEqual(issue('negative'));
    },
  );

  it('refuses negative money however the sign is written', () => {
    expect(money('-12,50 €', 'fr')).toEqual(issue('negative'));
    expect(money('€-12.50', 'en')).toEqual(issue('negative'));
    expect(money('-$12.50', 'en')).toEqual(issue('negative'));
    expect(money('(12,50 €)', 'fr')).toEqual(issue('negative'));
    expect(money('EUR \u221212', 'en')).toEqual(issue('negative'));
  });

  it('says negative before notInteger: the sign is the first thing to fix', () => {
    expect(count('-12,5', 'fr')).toEqual(issue('negative'));
  });

  it.each(['12,5 %', '12.5%', '12,5\u202F%', '12 %', '100%', '-12,5 %', '(3 %)'])(
    'refuses the rate %j with percent everywhere',
    (text) => {
      for (const options of EVERYWHERE) expect(parseNumber(text, options)).toEqual(issue('percent'));
    },
  );

  it.each([
    'abc',
    '1e5',
    '12..3',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1,23,456',
    '1.23.456',
    '12 34',
    '1234 567',
    '1 2345',
    '1  234',
    '1,234 567',
    '1 234.567,5',
    "1 234'567",
    '1,2.5',
    '1.234,567.8',
    '12,34,5',
    '.5',
    '5.',
    ',5',
    '(3',
    '3)',
    '--3',
    '+-3',
    '3-',
    '1-2',
    '%',
    '12 % %',
    '1\t234',
    '1\n234',
    '١٢',
    'douze',
  ])('refuses %j with notANumber everywhere', (text) => {
    for (const options of EVERYWHERE) expect(parseNumber(text, options)).toEqual(issue('notANumber'));
  });
});

describe('formatForEditing', () => {
  it('shows digits only, with the locale decimal mark and two decimals for money', () => {
    expect(formatForEditing(null, 'count', 'fr')).toBe('');
    expect(formatForEditing(null, 'money', 'en')).toBe('');
    expect(formatForEditing(1_234_567, 'count', 'fr')).toBe('1234567');
    expect(formatForEditing(MAX_COUNT, 'count', 'en')).toBe('1000000000000');
    expect(formatForEditing(123_456, 'money', 'fr')).toBe('1234,56');
    expect(formatForEditing(123_456, 'money', 'en')).toBe('1234.56');
    expect(formatForEditing(5, 'money', 'fr')).toBe('0,05');
    expect(formatForEditing(123_400, 'money', 'en')).toBe('1234.00');
    expect(formatForEditing(0, 'money', 'en')).toBe('0.00');
  });

  /** A fixed pseudo-random walk over every order of magnitude: the same values on every run. */
  function sample(max: number): number[] {
    const values = [0, 1, 5, 9, 10, 99, 100, 101, 999, 1000, 1001, 1234, 100_000, 999_999, max - 1, max];
    let seed = 20_260_329;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      const digits = 1 + (i % String(max).length);
      values.push(Math.min(max, Math.floor((seed / 2_147_483_648) * 10 ** digits)));
    }
    return values;
  }

  it.each(KINDS.flatMap((kind) => LOCALES.map((locale) => [kind, locale] as const)))(
    'reads back every %s it shows in %s',
    (kind, locale) => {
      for (const value of sample(kind === 'count' ? MAX_COUNT : MAX_MONEY_CENTS)) {
        const text = formatForEditing(value, kind, locale);
        expect(parseNumber(text, { kind, locale }), text).toEqual(ok(value));
      }
      expect(parseNumber(formatForEditing(null, kind, locale), { kind, locale })).toEqual(ok(null));
    },
  );
});
