import { describe, expect, it } from 'vitest';
import { dateCodec, timeCodec } from '../../../../renderer/ui/date-time-text.ts';

describe('dates typed in the app’s language', () => {
  const fr = dateCodec('fr');
  const en = dateCodec('en');

  it('shows a stored day as dd/mm/yyyy in French and in (British) English', () => {
    expect(fr.show('2026-05-12')).toBe('12/05/2026');
    expect(en.show('2026-05-12')).toBe('12/05/2026');
    expect(fr.pattern).toBe('jj/mm/aaaa');
    expect(en.pattern).toBe('dd/mm/yyyy');
    expect(fr.show('')).toBe('');
  });

  it.each([
    ['12/05/2026', '2026-05-12'],
    ['12.05.2026', '2026-05-12'],
    ['12-05-2026', '2026-05-12'],
    [' 12 / 05 / 2026 ', '2026-05-12'],
    ['2026-05-12', '2026-05-12'],
  ])('reads %j as %s while typing', (text, iso) => {
    expect(fr.readStrict(text)).toBe(iso);
  });

  it('waits for a whole year while typing, and reads two digits when leaving the field', () => {
    expect(fr.readStrict('12/05/20')).toBeNull();
    expect(fr.readStrict('12/05/202')).toBeNull();
    expect(fr.readLoose('12/05/26')).toBe('2026-05-12');
  });

  it('reads a one-digit day or month only when leaving the field: 1/05 may be 15/05 half-typed', () => {
    expect(fr.readStrict('1/05/2026')).toBeNull();
    expect(fr.readStrict('15/5/2026')).toBeNull();
    expect(fr.readLoose('1/5/2026')).toBe('2026-05-01');
  });

  it.each(['31/02/2026', '12/13/2026', '12/05', 'demain', '05/12/2026/1', '00/01/2026'])(
    'refuses %j',
    (text) => {
      expect(fr.readLoose(text)).toBeNull();
    },
  );

  it('steps a day with the arrows and a month with the page keys, keeping the day where it can', () => {
    expect(fr.step('2026-12-31', 'ArrowUp')).toBe('2027-01-01');
    expect(fr.step('2026-03-01', 'ArrowDown')).toBe('2026-02-28');
    expect(fr.step('2026-01-31', 'PageUp')).toBe('2026-02-28');
    expect(fr.step('2026-03-15', 'PageDown')).toBe('2026-02-15');
    expect(fr.step('2026-03-15', 'ArrowLeft')).toBeNull();
    expect(fr.step('', 'ArrowUp')).toBeNull();
  });
});

describe('times on the 24-hour clock', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['18h45', '18:45'],
    ['18.45', '18:45'],
  ])('reads %j as %s while typing', (text, time) => {
    expect(timeCodec.readStrict(text)).toBe(time);
  });

  it.each([
    ['9', '09:00'],
    ['930', '09:30'],
    ['9h', '09:00'],
    ['9:30 pm', '21:30'],
    ['12 am', '00:00'],
    ['12:15 PM', '12:15'],
  ])('reads %j as %s when leaving the field', (text, time) => {
    expect(timeCodec.readStrict(text)).toBeNull();
    expect(timeCodec.readLoose(text)).toBe(time);
  });

  it.each(['24:00', '09:60', '13 pm', 'midi', '9:3'])('refuses %j', (text) => {
    expect(timeCodec.readLoose(text)).toBeNull();
  });

  it('steps to the next round quarter with the arrows and an hour with the page keys, around midnight', () => {
    expect(timeCodec.step('09:10', 'ArrowUp')).toBe('09:15');
    expect(timeCodec.step('09:10', 'ArrowDown')).toBe('09:00');
    expect(timeCodec.step('09:00', 'ArrowDown')).toBe('08:45');
    expect(timeCodec.step('23:45', 'ArrowUp')).toBe('00:00');
    expect(timeCodec.step('00:30', 'PageDown')).toBe('23:30');
  });
});
