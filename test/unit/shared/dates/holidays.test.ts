import { describe, expect, it } from 'vitest';
import { occurrences } from '../../../../shared/dates/occurrences.ts';
import { dateOf } from './support.ts';

const inYear = (set: Parameters<typeof occurrences>[0][number], year: number) =>
  occurrences([set], `${year}-01-01`, `${year + 1}-01-01`).map((o) => `${o.on} ${o.id}`);

describe('France’s public holidays', () => {
  it.each([
    [2023, '2023-04-10', '2023-05-18', '2023-05-29'],
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
  ])(
    'puts Lundi de Pâques, Ascension and Lundi de Pentecôte of %i on the right days',
    (year, monday, asc, pent) => {
      expect(dateOf('fr-lundi-de-paques', year)).toBe(monday);
      expect(dateOf('fr-ascension', year)).toBe(asc);
      expect(dateOf('fr-lundi-de-pentecote', year)).toBe(pent);
    },
  );

  it('has the eleven holidays of the whole country plus Alsace-Moselle’s two in 2026', () => {
    expect(inYear('fr-holidays', 2026)).toEqual([
      '2026-01-01 fr-jour-de-l-an',
      '2026-04-03 fr-vendredi-saint-alsace-moselle',
      '2026-04-06 fr-lundi-de-paques',
      '2026-05-01 fr-fete-du-travail',
      '2026-05-08 fr-victoire-1945',
      '2026-05-14 fr-ascension',
      '2026-05-25 fr-lundi-de-pentecote',
      '2026-07-14 fr-fete-nationale',
      '2026-08-15 fr-assomption',
      '2026-11-01 fr-toussaint',
      '2026-11-11 fr-armistice',
      '2026-12-25 fr-noel',
      '2026-12-26 fr-saint-etienne-alsace-moselle',
    ]);
  });

  it('has no 8 May holiday in the years it was not one', () => {
    expect(dateOf('fr-victoire-1945', 1975)).toBeNull();
    expect(dateOf('fr-victoire-1945', 1982)).toBe('1982-05-08');
  });
});

describe('Belgium’s and Switzerland’s public holidays', () => {
  it('has Belgium’s ten in 2025', () => {
    expect(inYear('be-holidays', 2025)).toEqual([
      '2025-01-01 be-nouvel-an',
      '2025-04-21 be-lundi-de-paques',
      '2025-05-01 be-fete-du-travail',
      '2025-05-29 be-ascension',
      '2025-06-09 be-lundi-de-pentecote',
      '2025-07-21 be-fete-nationale',
      '2025-08-15 be-assomption',
      '2025-11-01 be-toussaint',
      '2025-11-11 be-armistice',
      '2025-12-25 be-noel',
    ]);
  });

  it('has Switzerland’s in 2025, the Jeûne fédéral on the third Sunday of September', () => {
    expect(inYear('ch-holidays', 2025)).toEqual([
      '2025-01-01 ch-nouvel-an',
      '2025-01-02 ch-saint-berchtold',
      '2025-04-18 ch-vendredi-saint',
      '2025-04-21 ch-lundi-de-paques',
      '2025-05-29 ch-ascension',
      '2025-06-09 ch-lundi-de-pentecote',
      '2025-08-01 ch-fete-nationale',
      '2025-09-21 ch-jeune-federal',
      '2025-12-25 ch-noel',
      '2025-12-26 ch-saint-etienne',
    ]);
    expect(dateOf('ch-jeune-federal', 2024)).toBe('2024-09-15');
  });
});

describe('Canada’s public holidays', () => {
  it('has the federal and Québec holidays of 2025', () => {
    expect(inYear('ca-holidays', 2025)).toEqual([
      '2025-01-01 ca-new-year',
      '2025-02-17 ca-family-day',
      '2025-04-18 ca-good-friday',
      '2025-05-19 ca-journee-des-patriotes',
      '2025-05-19 ca-victoria-day',
      '2025-06-24 ca-fete-nationale-du-quebec',
      '2025-07-01 ca-canada-day',
      '2025-08-04 ca-civic-holiday',
      '2025-09-01 ca-labour-day',
      '2025-09-30 ca-truth-and-reconciliation',
      '2025-10-13 ca-thanksgiving',
      '2025-11-11 ca-remembrance-day',
      '2025-12-25 ca-christmas',
      '2025-12-26 ca-boxing-day',
    ]);
  });

  it('moves Canada Day to 2 July only when 1 July is a Sunday', () => {
    // Christmas on a Saturday (2021), a Sunday (2022), a Friday (2020): the weekday off follows.
    expect([dateOf('ca-christmas', 2021), dateOf('ca-boxing-day', 2021)]).toEqual([
      '2021-12-27',
      '2021-12-28',
    ]);
    expect([dateOf('ca-christmas', 2022), dateOf('ca-boxing-day', 2022)]).toEqual([
      '2022-12-26',
      '2022-12-27',
    ]);
    expect([dateOf('ca-christmas', 2020), dateOf('ca-boxing-day', 2020)]).toEqual([
      '2020-12-25',
      '2020-12-28',
    ]);
    // 24 June 2018 and 2029 are Sundays: Québec's holiday is the Monday.
    expect(dateOf('ca-fete-nationale-du-quebec', 2018)).toBe('2018-06-25');
    expect(dateOf('ca-fete-nationale-du-quebec', 2029)).toBe('2029-06-25');
    expect(dateOf('ca-fete-nationale-du-quebec', 2025)).toBe('2025-06-24');
    expect(dateOf('ca-canada-day', 2018)).toBe('2018-07-02');
    expect(dateOf('ca-canada-day', 2029)).toBe('2029-07-02');
    // A Saturday stays.
    expect(dateOf('ca-canada-day', 2023)).toBe('2023-07-01');
    expect(dateOf('ca-canada-day', 2024)).toBe('2024-07-01');
  });

  it('puts Victoria Day on the Monday before 25 May, 24 May itself when a Monday', () => {
    expect(dateOf('ca-victoria-day', 2021)).toBe('2021-05-24');
    expect(dateOf('ca-victoria-day', 2022)).toBe('2022-05-23');
    expect(dateOf('ca-victoria-day', 2026)).toBe('2026-05-18');
    expect(dateOf('ca-victoria-day', 2027)).toBe('2027-05-24');
  });

  it('observes New Year’s Day on the Monday when it falls on a weekend', () => {
    expect(dateOf('ca-new-year', 2022)).toBe('2022-01-03');
    expect(dateOf('ca-new-year', 2023)).toBe('2023-01-02');
    expect(dateOf('ca-new-year', 2024)).toBe('2024-01-01');
  });

  it('has Truth and Reconciliation only since 2021, Thanksgiving on the second Monday of October', () => {
    expect(dateOf('ca-truth-and-reconciliation', 2020)).toBeNull();
    expect(dateOf('ca-truth-and-reconciliation', 2021)).toBe('2021-09-30');
    expect(dateOf('ca-thanksgiving', 2024)).toBe('2024-10-14');
    expect(dateOf('ca-thanksgiving', 2026)).toBe('2026-10-12');
  });
});

describe('England and Wales’ bank holidays, as gov.uk published them', () => {
  it.each([
    [2020, ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28']],
    [2021, ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28']],
    [2022, ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27']],
    [2023, ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26']],
    [2024, ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26']],
    [2025, ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26']],
    [2026, ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28']],
  ])('%i', (year, days) => {
    const found = occurrences(['uk-holidays'], `${year}-01-01`, `${year + 1}-01-01`);
    expect(found.map((o) => o.on)).toEqual(days.map((d) => `${year}-${d}`));
  });

  it('names the substitute days after the holiday they stand for', () => {
    // Christmas 2022 on a Sunday: Boxing Day Monday 26, Christmas Tuesday 27.
    expect(dateOf('uk-boxing-day', 2022)).toBe('2022-12-26');
    expect(dateOf('uk-christmas', 2022)).toBe('2022-12-27');
    expect(dateOf('uk-christmas', 2021)).toBe('2021-12-27');
    expect(dateOf('uk-boxing-day', 2021)).toBe('2021-12-28');
  });

  it('moves the Spring bank holiday for the jubilees and keeps the one-offs to their year', () => {
    expect(dateOf('uk-spring', 2002)).toBe('2002-06-04');
    expect(dateOf('uk-spring', 2012)).toBe('2012-06-04');
    expect(dateOf('uk-spring', 2013)).toBe('2013-05-27');
    expect(dateOf('uk-early-may', 1995)).toBe('1995-05-08');
    expect(dateOf('uk-early-may', 2021)).toBe('2021-05-03');
    expect(dateOf('uk-millennium', 1999)).toBe('1999-12-31');
    expect(dateOf('uk-millennium', 2000)).toBeNull();
    expect(dateOf('uk-royal-wedding', 2011)).toBe('2011-04-29');
    expect(dateOf('uk-diamond-jubilee', 2012)).toBe('2012-06-05');
    expect(dateOf('uk-coronation', 2024)).toBeNull();
  });
});
