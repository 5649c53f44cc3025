import { describe, expect, it } from 'vitest';
import { CATALOGUE, DATE_SETS, occurrences } from '../../../../shared/dates/occurrences.ts';

const brief = (list: ReturnType<typeof occurrences>) => list.map((o) => `${o.on} ${o.id}`);

describe('occurrences', () => {
  it('crosses a year boundary', () => {
    expect(brief(occurrences(['fr-holidays'], '2025-12-20', '2026-01-10'))).toEqual([
      '2025-12-25 fr-noel',
      '2025-12-26 fr-saint-etienne-alsace-moselle',
      '2026-01-01 fr-jour-de-l-an',
    ]);
  });

  it('gives each occurrence whole: id, set, kind, first day, days, approximate', () => {
    expect(occurrences(['fr-commerce'], '2024-09-02', '2024-09-03')).toEqual([
      {
        id: 'fr-rentree-scolaire',
        set: 'fr-commerce',
        kind: 'commerce',
        on: '2024-09-02',
        days: 1,
        approximate: true,
      },
    ]);
  });

  it('excludes `to` and includes `from`', () => {
    expect(brief(occurrences(['fr-holidays'], '2026-05-13', '2026-05-14'))).toEqual([]);
    expect(brief(occurrences(['fr-holidays'], '2026-05-14', '2026-05-15'))).toEqual([
      '2026-05-14 fr-ascension',
    ]);
  });

  it('finds a date lasting several days from any of its days, and not after its last', () => {
    // Winter sales 2026: 7 January, four weeks, last day 3 February.
    expect(brief(occurrences(['fr-commerce'], '2026-02-03', '2026-02-04'))).toEqual([
      '2026-01-07 fr-soldes-hiver',
    ]);
    expect(brief(occurrences(['fr-commerce'], '2026-02-04', '2026-02-10'))).toEqual([]);
    // The Journées du patrimoine 2024: Saturday 21 and Sunday 22 September.
    expect(brief(occurrences(['fr-commerce'], '2024-09-22', '2024-09-23'))).toEqual([
      '2024-09-21 fr-journees-du-patrimoine',
    ]);
    expect(brief(occurrences(['fr-commerce'], '2024-09-23', '2024-09-24'))).toEqual([]);
    // Summer sales 2019 lasted six weeks: 26 June to 6 August.
    expect(brief(occurrences(['fr-commerce'], '2019-08-06', '2019-08-07'))).toEqual([
      '2019-06-26 fr-soldes-ete',
    ]);
    expect(brief(occurrences(['fr-commerce'], '2019-08-07', '2019-08-08'))).toEqual([]);
  });

  it('shows a month-long campaign in a week view of its last days, across the new year’s first', () => {
    expect(brief(occurrences(['world-days'], '2025-01-27', '2025-02-03'))).toEqual([
      '2025-01-01 world-dry-january',
    ]);
    expect(brief(occurrences(['world-days'], '2024-12-30', '2025-01-06'))).toEqual([
      '2025-01-01 world-dry-january',
    ]);
  });

  it('sorts by day, then by id', () => {
    expect(brief(occurrences([...DATE_SETS], '2026-12-24', '2026-12-26'))).toEqual([
      '2026-12-24 en-christmas-eve',
      '2026-12-25 be-noel',
      '2026-12-25 ca-christmas',
      '2026-12-25 ch-noel',
      '2026-12-25 fr-noel',
      '2026-12-25 fr-noel-commerce',
      '2026-12-25 uk-christmas',
    ]);
    const year = occurrences([...DATE_SETS], '2025-01-01', '2027-01-01');
    const keys = year.map((o) => `${o.on} ${o.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('gives only the sets asked for, in any order, and nothing for none', () => {
    const found = occurrences(['world-days', 'ca-holidays'], '2025-01-01', '2026-01-01');
    expect(new Set(found.map((o) => o.set))).toEqual(new Set(['ca-holidays', 'world-days']));
    expect(occurrences([], '2025-01-01', '2026-01-01')).toEqual([]);
  });

  it('finds every entry of a set over a year', () => {
    const found = occurrences([...DATE_SETS], '2024-01-01', '2025-01-01');
    const expected = CATALOGUE.filter((e) => e.date(2024) !== null).map((e) => e.id);
    expect(found.map((o) => o.id).sort()).toEqual(expected.sort());
  });

  it('has nothing for an empty or reversed range, nor outside 1900–2200', () => {
    expect(occurrences(['fr-holidays'], '2026-05-14', '2026-05-14')).toEqual([]);
    expect(occurrences(['fr-holidays'], '2026-06-01', '2026-05-01')).toEqual([]);
    expect(occurrences(['fr-holidays'], '1890-01-01', '1899-12-31')).toEqual([]);
    expect(brief(occurrences(['fr-holidays'], '1900-01-01', '1900-01-02'))).toEqual([
      '1900-01-01 fr-jour-de-l-an',
    ]);
    expect(brief(occurrences(['fr-holidays'], '2200-12-25', '2201-01-02'))).toEqual([
      '2200-12-25 fr-noel',
      '2200-12-26 fr-saint-etienne-alsace-moselle',
    ]);
  });

  it('answers up to ten years and refuses more', () => {
    expect(occurrences(['fr-holidays'], '2020-01-01', '2030-01-01')).toHaveLength(130);
    expect(() => occurrences(['fr-holidays'], '2020-01-01', '2030-01-02')).toThrow(RangeError);
  });

  it('refuses a day that is not one', () => {
    for (const [from, to] of [
      ['2026-02-30', '2026-03-10'],
      ['2026-03-01', '2026-13-01'],
      ['2026-3-1', '2026-04-01'],
      ['', '2026-04-01'],
    ]) {
      expect(() => occurrences(['fr-holidays'], from ?? '', to ?? '')).toThrow(RangeError);
    }
  });

  it('is cheap enough for a month view drawn on every render', () => {
    const first = occurrences([...DATE_SETS], '2026-03-01', '2026-04-12');
    const started = performance.now();
    for (let i = 0; i < 1000; i++) occurrences([...DATE_SETS], '2026-03-01', '2026-04-12');
    // A few milliseconds on a quiet machine; the bound leaves room for a busy one.
    expect(performance.now() - started).toBeLessThan(500);
    // The same frozen occurrences each time: nothing recomputed.
    expect(occurrences([...DATE_SETS], '2026-03-01', '2026-04-12')[0]).toBe(first[0]);
    expect(Object.isFrozen(first[0])).toBe(true);
  });
});
