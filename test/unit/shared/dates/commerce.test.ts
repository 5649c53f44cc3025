import { describe, expect, it } from 'vitest';
import { addDays, weekday } from '../../../../shared/calendar/dates.ts';
import { dateEntry } from '../../../../shared/dates/catalogue.ts';
import { easterSunday } from '../../../../shared/dates/easter.ts';
import { dateOf, years } from './support.ts';

const SUNDAY = 0;
const WEDNESDAY = 3;
const FRIDAY = 5;
const dayOfMonth = (date: string | null) => Number(date?.slice(8, 10));

describe('Fête des mères (France)', () => {
  it.each([
    [2019, '2019-05-26'],
    [2021, '2021-05-30'],
    [2022, '2022-05-29'],
    [2024, '2024-05-26'],
    [2025, '2025-05-25'],
    [2026, '2026-05-31'],
    [2027, '2027-05-30'],
    [2028, '2028-05-28'],
  ])('is the last Sunday of May in %i', (year, day) => expect(dateOf('fr-fete-des-meres', year)).toBe(day));

  it.each([
    // Pentecost on the last Sunday of May: Easter 2004-04-11, 2007-04-08, 2009-04-12, 2012-04-08, 2020-04-12, 2023-04-09, 2034-04-09, 2039-04-10.
    [2004, '2004-06-06'],
    [2007, '2007-06-03'],
    [2009, '2009-06-07'],
    [2012, '2012-06-03'],
    [2020, '2020-06-07'],
    [2023, '2023-06-04'],
    [2034, '2034-06-04'],
    [2039, '2039-06-05'],
  ])('moves to the first Sunday of June in %i, when Pentecost is the last Sunday of May', (year, day) =>
    expect(dateOf('fr-fete-des-meres', year)).toBe(day),
  );

  it('follows the rule every year 2000–2100: June exactly when Easter falls 6–12 April', () => {
    for (const year of years(2000, 2100)) {
      const day = dateOf('fr-fete-des-meres', year) ?? '';
      const easter = easterSunday(year);
      const pentecostInLastWeekOfMay = easter >= `${year}-04-06` && easter <= `${year}-04-12`;
      expect(weekday(day)).toBe(SUNDAY);
      if (pentecostInLastWeekOfMay) {
        expect(day.slice(5, 7)).toBe('06');
        expect(dayOfMonth(day)).toBeLessThanOrEqual(7);
      } else {
        expect(day.slice(5, 7)).toBe('05');
        expect(dayOfMonth(day)).toBeGreaterThanOrEqual(25);
        expect(day).not.toBe(addDays(easter, 49));
      }
    }
  });

  it('has the Fête des pères on the third Sunday of June', () => {
    expect(dateOf('fr-fete-des-peres', 2024)).toBe('2024-06-16');
    expect(dateOf('fr-fete-des-peres', 2025)).toBe('2025-06-15');
    expect(dateOf('fr-fete-des-peres', 2026)).toBe('2026-06-21');
  });
});

describe('les soldes', () => {
  it.each([
    [2019, '2019-01-09', '2019-06-26'],
    [2020, '2020-01-08', '2020-07-15'],
    [2021, '2021-01-20', '2021-06-30'],
    [2022, '2022-01-12', '2022-06-22'],
    [2023, '2023-01-11', '2023-06-28'],
    [2024, '2024-01-10', '2024-06-26'],
    [2025, '2025-01-08', '2025-06-25'],
    [2026, '2026-01-07', '2026-06-24'],
  ])('start on the national dates in %i', (year, winter, summer) => {
    expect(dateOf('fr-soldes-hiver', year)).toBe(winter);
    expect(dateOf('fr-soldes-ete', year)).toBe(summer);
  });

  it('last four weeks since 2020, six weeks 2015–2019, five weeks 2009–2014, and have no national dates before 2009', () => {
    const winter = dateEntry('fr-soldes-hiver');
    expect([2012, 2016, 2019, 2020, 2026].map((y) => winter?.daysIn(y))).toEqual([35, 42, 42, 28, 28]);
    expect(winter?.days).toBe(28);
    expect(dateOf('fr-soldes-hiver', 2008)).toBeNull();
    expect(dateOf('fr-soldes-ete', 2008)).toBeNull();
  });

  it('start on a Wednesday, 2–12 January and 22–28 June, in every year without a decree 2009–2100', () => {
    for (const year of years(2009, 2100).filter((y) => y !== 2020 && y !== 2021)) {
      const winter = dateOf('fr-soldes-hiver', year);
      const summer = dateOf('fr-soldes-ete', year);
      expect([weekday(winter ?? ''), weekday(summer ?? '')]).toEqual([WEDNESDAY, WEDNESDAY]);
      expect(dayOfMonth(winter)).toBeGreaterThanOrEqual(2);
      expect(dayOfMonth(winter)).toBeLessThanOrEqual(12);
      expect(dayOfMonth(summer)).toBeGreaterThanOrEqual(22);
      expect(dayOfMonth(summer)).toBeLessThanOrEqual(28);
    }
  });
});

describe('Black Friday, Cyber Monday, Giving Tuesday', () => {
  it('puts Black Friday on a Friday 23–29 November every year 2000–2100', () => {
    for (const year of years(2000, 2100)) {
      const day = dateOf('fr-black-friday', year) ?? '';
      expect(weekday(day)).toBe(FRIDAY);
      expect(day >= `${year}-11-23` && day <= `${year}-11-29`).toBe(true);
      expect(dateOf('en-black-friday', year)).toBe(day);
      expect(dateOf('en-cyber-monday', year)).toBe(addDays(day, 3));
    }
  });

  it('gives the known days', () => {
    expect(['2023', '2024', '2025'].map((y) => dateOf('fr-black-friday', Number(y)))).toEqual([
      '2023-11-24',
      '2024-11-29',
      '2025-11-28',
    ]);
    expect(dateOf('fr-cyber-monday', 2024)).toBe('2024-12-02');
    expect(dateOf('world-giving-tuesday', 2024)).toBe('2024-12-03');
    expect(dateOf('world-giving-tuesday', 2025)).toBe('2025-12-02');
    expect(dateOf('world-giving-tuesday', 2011)).toBeNull();
  });
});

describe('the rest of the French year', () => {
  it('keeps the Épiphanie on the Sunday between 2 and 8 January', () => {
    expect([2022, 2023, 2025, 2026].map((y) => dateOf('fr-epiphanie', y))).toEqual([
      '2022-01-02',
      '2023-01-08',
      '2025-01-05',
      '2026-01-04',
    ]);
    for (const year of years(2000, 2100)) {
      const day = dateOf('fr-epiphanie', year);
      expect(weekday(day ?? '')).toBe(SUNDAY);
      expect(dayOfMonth(day)).toBeGreaterThanOrEqual(2);
      expect(dayOfMonth(day)).toBeLessThanOrEqual(8);
    }
  });

  it('puts Mardi gras 47 days before Easter', () => {
    expect([2024, 2025, 2026].map((y) => dateOf('fr-mardi-gras', y))).toEqual([
      '2024-02-13',
      '2025-03-04',
      '2026-02-17',
    ]);
  });

  it('gives the Fête des grands-mères, the Beaujolais nouveau and the Journées du patrimoine', () => {
    expect(dateOf('fr-fete-des-grands-meres', 2025)).toBe('2025-03-02');
    expect(dateOf('fr-beaujolais-nouveau', 2024)).toBe('2024-11-21');
    expect(dateOf('fr-beaujolais-nouveau', 2025)).toBe('2025-11-20');
    expect([2022, 2023, 2024, 2025].map((y) => dateOf('fr-journees-du-patrimoine', y))).toEqual([
      '2022-09-17',
      '2023-09-16',
      '2024-09-21',
      '2025-09-20',
    ]);
    expect(dateEntry('fr-journees-du-patrimoine')?.days).toBe(2);
  });

  it.each([
    [2016, '2016-09-01'],
    [2017, '2017-09-04'],
    [2018, '2018-09-03'],
    [2019, '2019-09-02'],
    [2020, '2020-09-01'],
    [2021, '2021-09-02'],
    [2022, '2022-09-01'],
    [2023, '2023-09-04'],
    [2024, '2024-09-02'],
    [2025, '2025-09-01'],
  ])('puts la rentrée %i on the day pupils went back', (year, day) => {
    expect(dateOf('fr-rentree-scolaire', year)).toBe(day);
  });

  it('flags la rentrée, and only la rentrée, as approximate', () => {
    expect(dateEntry('fr-rentree-scolaire')?.approximate).toBe(true);
    expect(dateEntry('fr-fete-des-meres')?.approximate).toBe(false);
  });
});

describe('English-speaking retail dates', () => {
  it('puts Mothering Sunday three weeks before Easter, and Mother’s Day on the second Sunday of May', () => {
    expect([2023, 2024, 2025, 2026].map((y) => dateOf('en-mothering-sunday', y))).toEqual([
      '2023-03-19',
      '2024-03-10',
      '2025-03-30',
      '2026-03-15',
    ]);
    expect(dateOf('en-mothers-day', 2024)).toBe('2024-05-12');
    expect(dateOf('en-mothers-day', 2025)).toBe('2025-05-11');
    expect(dateOf('en-fathers-day', 2025)).toBe('2025-06-15');
  });
});
