import { describe, expect, it } from 'vitest';
import { readCountCell } from '../../../../shared/imports/counts.ts';
import { parseNumber } from '../../../../shared/metrics/number-parse.ts';

describe('counts as exports write them', () => {
  it.each([
    '0',
    '57',
    '57.0',
    '57.00',
    '007',
    '1,234',
    '1 234',
    '1000000000000',
    '1000000000001',
    '57.5',
    '-3',
    '4 %',
  ])('reads %j exactly as the grid would', (text) => {
    expect(readCountCell(text)).toEqual(parseNumber(text, { kind: 'count', locale: 'en' }));
  });

  it.each(['', ' ', '-', '--', '–', '—'])('reads %j as no value, not zero', (text) => {
    expect(readCountCell(text)).toEqual({ ok: true, value: null });
  });

  it('reads a mapped spend column as money in cents', () => {
    expect(readCountCell('12.50', 'spend')).toEqual({ ok: true, value: 1250 });
    expect(readCountCell('12', 'spend')).toEqual({ ok: true, value: 1200 });
  });
});
