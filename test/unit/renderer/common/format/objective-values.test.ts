import { describe, expect, it } from 'vitest';
import {
  parseObjectiveValue,
  valueForInput,
} from '../../../../../renderer/common/format/objective-values.ts';

describe('objective values typed in the UI language', () => {
  it('read percentages with a comma in French and a point in English, with or without the sign', () => {
    expect(parseObjectiveValue('4,5', 'percent', 'fr')).toEqual({ ok: true, value: 4.5 });
    expect(parseObjectiveValue('4,5 %', 'percent', 'fr')).toEqual({ ok: true, value: 4.5 });
    expect(parseObjectiveValue('4.5%', 'percent', 'en')).toEqual({ ok: true, value: 4.5 });
    expect(parseObjectiveValue('12', 'percent', 'en')).toEqual({ ok: true, value: 12 });
  });

  it('accept a falling rate below zero (an audience that shrinks)', () => {
    expect(parseObjectiveValue('-2,5', 'percent', 'fr')).toEqual({ ok: true, value: -2.5 });
    expect(parseObjectiveValue('−1.5 %', 'percent', 'en')).toEqual({ ok: true, value: -1.5 });
  });

  it('read money in the client’s currency as cents, exactly', () => {
    expect(parseObjectiveValue('0,35', 'money', 'fr')).toEqual({ ok: true, value: 35 });
    expect(parseObjectiveValue('1 234,50 €', 'money', 'fr')).toEqual({ ok: true, value: 123450 });
    expect(parseObjectiveValue('$0.29', 'money', 'en')).toEqual({ ok: true, value: 29 });
  });

  it('read counts with either grouping', () => {
    expect(parseObjectiveValue('1 500', 'count', 'fr')).toEqual({ ok: true, value: 1500 });
    expect(parseObjectiveValue('1,500', 'count', 'en')).toEqual({ ok: true, value: 1500 });
  });

  it('say why a value cannot be read', () => {
    expect(parseObjectiveValue('', 'count', 'en')).toEqual({ ok: false, code: 'required' });
    expect(parseObjectiveValue('lots', 'count', 'en')).toEqual({ ok: false, code: 'notANumber' });
    expect(parseObjectiveValue('12,5', 'count', 'fr')).toEqual({ ok: false, code: 'notInteger' });
    expect(parseObjectiveValue('-3', 'count', 'en')).toEqual({ ok: false, code: 'negative' });
    expect(parseObjectiveValue('4,555', 'percent', 'fr')).toEqual({ ok: false, code: 'tooPrecise' });
    expect(parseObjectiveValue('12 %', 'count', 'fr')).toEqual({ ok: false, code: 'notANumber' });
  });

  it('write a stored value back so it reads the same', () => {
    expect(valueForInput(4.5, 'percent', 'fr')).toBe('4,5');
    expect(valueForInput(-2.25, 'percent', 'en')).toBe('-2.25');
    expect(valueForInput(123450, 'money', 'fr')).toBe('1234,5');
    expect(valueForInput(1500, 'count', 'en')).toBe('1500');
    for (const [v, unit] of [
      [4.5, 'percent'],
      [123450, 'money'],
      [1500, 'count'],
    ] as const)
      expect(parseObjectiveValue(valueForInput(v, unit, 'fr'), unit, 'fr')).toEqual({ ok: true, value: v });
  });
});
