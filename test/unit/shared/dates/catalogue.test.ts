import { describe, expect, it } from 'vitest';
import en from '../../../../renderer/i18n/en/dates.json';
import fr from '../../../../renderer/i18n/fr/dates.json';
import { isIsoDate, weekday } from '../../../../shared/calendar/dates.ts';
import { CATALOGUE, DATE_SETS, dateEntry } from '../../../../shared/dates/catalogue.ts';
import { years } from './support.ts';

const [SUN, MON, TUE, WED, THU, FRI, SAT] = [0, 1, 2, 3, 4, 5, 6];

/** Dates on the same day of the same month every year. */
const FIXED: Record<string, string> = {
  'fr-jour-de-l-an': '01-01',
  'fr-fete-du-travail': '05-01',
  'fr-victoire-1945': '05-08',
  'fr-fete-nationale': '07-14',
  'fr-assomption': '08-15',
  'fr-toussaint': '11-01',
  'fr-armistice': '11-11',
  'fr-noel': '12-25',
  'fr-saint-etienne-alsace-moselle': '12-26',
  'be-nouvel-an': '01-01',
  'be-fete-du-travail': '05-01',
  'be-fete-nationale': '07-21',
  'be-assomption': '08-15',
  'be-toussaint': '11-01',
  'be-armistice': '11-11',
  'be-noel': '12-25',
  'ch-nouvel-an': '01-01',
  'ch-saint-berchtold': '01-02',
  'ch-fete-nationale': '08-01',
  'ch-noel': '12-25',
  'ch-saint-etienne': '12-26',
  'ca-truth-and-reconciliation': '09-30',
  'ca-remembrance-day': '11-11',
  'fr-chandeleur': '02-02',
  'fr-saint-valentin': '02-14',
  'fr-poisson-d-avril': '04-01',
  'fr-fete-de-la-musique': '06-21',
  'fr-halloween': '10-31',
  'fr-noel-commerce': '12-25',
  'fr-reveillon-nouvel-an': '12-31',
  'en-valentines-day': '02-14',
  'en-halloween': '10-31',
  'en-bonfire-night': '11-05',
  'en-christmas-eve': '12-24',
  'en-boxing-day-sales': '12-26',
  'world-dry-january': '01-01',
  'world-womens-day': '03-08',
  'world-water-day': '03-22',
  'world-health-day': '04-07',
  'world-earth-day': '04-22',
  'world-book-day': '04-23',
  'world-environment-day': '06-05',
  'world-oceans-day': '06-08',
  'world-yoga-day': '06-21',
  'world-social-media-day': '06-30',
  'world-chocolate-day': '07-07',
  'world-friendship-day': '07-30',
  'world-photography-day': '08-19',
  'world-tourism-day': '09-27',
  'world-pink-october': '10-01',
  'world-coffee-day': '10-01',
  'world-mental-health-day': '10-10',
  'world-food-day': '10-16',
  'world-movember': '11-01',
  'world-mois-sans-tabac': '11-01',
  'world-kindness-day': '11-13',
};

/** Dates always on one weekday; the years a decree moved them are listed apart. */
const ON_WEEKDAY: Record<string, number> = {
  'fr-lundi-de-paques': MON,
  'fr-ascension': THU,
  'fr-lundi-de-pentecote': MON,
  'fr-vendredi-saint-alsace-moselle': FRI,
  'be-lundi-de-paques': MON,
  'be-ascension': THU,
  'be-lundi-de-pentecote': MON,
  'ch-vendredi-saint': FRI,
  'ch-lundi-de-paques': MON,
  'ch-ascension': THU,
  'ch-lundi-de-pentecote': MON,
  'ch-jeune-federal': SUN,
  'ca-family-day': MON,
  'ca-good-friday': FRI,
  'ca-victoria-day': MON,
  'ca-journee-des-patriotes': MON,
  'ca-civic-holiday': MON,
  'ca-labour-day': MON,
  'ca-thanksgiving': MON,
  'uk-good-friday': FRI,
  'uk-easter-monday': MON,
  'uk-early-may': MON,
  'uk-spring': MON,
  'uk-summer': MON,
  'fr-epiphanie': SUN,
  'fr-soldes-hiver': WED,
  'fr-mardi-gras': TUE,
  'fr-fete-des-grands-meres': SUN,
  'fr-paques': SUN,
  'fr-fete-des-meres': SUN,
  'fr-fete-des-peres': SUN,
  'fr-soldes-ete': WED,
  'fr-journees-du-patrimoine': SAT,
  'fr-beaujolais-nouveau': THU,
  'fr-black-friday': FRI,
  'fr-cyber-monday': MON,
  'en-mothering-sunday': SUN,
  'en-mothers-day': SUN,
  'en-fathers-day': SUN,
  'en-black-friday': FRI,
  'en-cyber-monday': MON,
  'world-giving-tuesday': TUE,
};
const MOVED: Record<string, Record<number, string>> = {
  'uk-early-may': { 2020: '2020-05-08' },
  'uk-spring': { 2002: '2002-06-04', 2022: '2022-06-02' },
};

/** Given on a weekday: on a weekend they move (the tests of each country say where). */
const NEVER_ON_WEEKEND = [
  'ca-new-year',
  'ca-christmas',
  'ca-boxing-day',
  'uk-new-year',
  'uk-christmas',
  'uk-boxing-day',
];
const ONE_YEAR: Record<string, string> = {
  'uk-millennium': '1999-12-31',
  'uk-golden-jubilee': '2002-06-03',
  'uk-royal-wedding': '2011-04-29',
  'uk-diamond-jubilee': '2012-06-05',
  'uk-platinum-jubilee': '2022-06-03',
  'uk-state-funeral': '2022-09-19',
  'uk-coronation': '2023-05-08',
};
/** Their own rules, tested where they live. */
const OTHERS = ['ca-canada-day', 'ca-fete-nationale-du-quebec', 'fr-rentree-scolaire'];

const ALL_YEARS = years(2000, 2100);

describe('the catalogue', () => {
  it('has unique kebab-case ids, each starting with its country or world', () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CATALOGUE) {
      expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
      expect(entry.id.split('-')[0]).toBe(entry.set.split('-')[0]);
    }
  });

  it('has entries in every set, and only in the sets listed', () => {
    expect(DATE_SETS).toEqual([
      'fr-holidays',
      'be-holidays',
      'ch-holidays',
      'ca-holidays',
      'uk-holidays',
      'fr-commerce',
      'en-commerce',
      'world-days',
    ]);
    for (const set of DATE_SETS) expect(CATALOGUE.some((e) => e.set === set)).toBe(true);
    for (const entry of CATALOGUE) expect(DATE_SETS).toContain(entry.set);
  });

  it('puts each entry in exactly one of the tables below', () => {
    const tables = [
      Object.keys(FIXED),
      Object.keys(ON_WEEKDAY),
      NEVER_ON_WEEKEND,
      Object.keys(ONE_YEAR),
      OTHERS,
    ];
    for (const entry of CATALOGUE)
      expect([entry.id, tables.filter((t) => t.includes(entry.id)).length]).toEqual([entry.id, 1]);
    expect(tables.flat().sort()).toEqual(CATALOGUE.map((e) => e.id).sort());
  });

  it('gives a real day of that year, or null outside since–until, for every entry and year 2000–2100', () => {
    for (const entry of CATALOGUE) {
      for (const year of ALL_YEARS) {
        const day = entry.date(year);
        const exists = (entry.since ?? 0) <= year && year <= (entry.until ?? 9999);
        if (!exists) {
          expect([entry.id, year, day]).toEqual([entry.id, year, null]);
          continue;
        }
        expect([entry.id, year, day !== null && isIsoDate(day) && day.startsWith(`${year}-`)]).toEqual([
          entry.id,
          year,
          true,
        ]);
        expect(entry.daysIn(year)).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has dates from 1900 to 2200 and none outside', () => {
    for (const entry of CATALOGUE) {
      expect(entry.date(1899)).toBeNull();
      expect(entry.date(2201)).toBeNull();
      expect(entry.date(2024.5)).toBeNull();
      if (entry.until === undefined) expect(entry.date(2200)).not.toBeNull();
      if (entry.since === undefined) expect(entry.date(1900)).not.toBeNull();
    }
  });

  it('keeps fixed dates on their day of the month', () => {
    for (const [id, monthDay] of Object.entries(FIXED)) {
      for (const year of ALL_YEARS) {
        const day = dateEntry(id)?.date(year);
        if (day !== null) expect(`${id} ${day}`).toBe(`${id} ${year}-${monthDay}`);
      }
    }
  });

  it('keeps weekday dates on their weekday, except the years a decree moved them', () => {
    for (const [id, expected] of Object.entries(ON_WEEKDAY)) {
      for (const year of ALL_YEARS) {
        const day = dateEntry(id)?.date(year);
        if (day === null || day === undefined) continue;
        const moved = MOVED[id]?.[year];
        if (moved) expect(day).toBe(moved);
        else expect(`${id} ${day} ${weekday(day)}`).toBe(`${id} ${day} ${expected}`);
      }
    }
  });

  it('never puts a substitute-day holiday on a weekend, nor Canada Day on a Sunday', () => {
    for (const year of ALL_YEARS) {
      for (const id of NEVER_ON_WEEKEND)
        expect([SAT, SUN]).not.toContain(weekday(dateEntry(id)?.date(year) ?? ''));
      expect(weekday(dateEntry('ca-canada-day')?.date(year) ?? '')).not.toBe(SUN);
    }
  });

  it('has the one-off bank holidays in their year only', () => {
    for (const [id, day] of Object.entries(ONE_YEAR)) {
      const year = Number(day.slice(0, 4));
      expect(dateEntry(id)?.date(year)).toBe(day);
      expect(dateEntry(id)?.date(year - 1)).toBeNull();
      expect(dateEntry(id)?.date(year + 1)).toBeNull();
    }
  });

  it('lasts the whole month for the month-long campaigns', () => {
    expect(dateEntry('world-dry-january')?.days).toBe(31);
    expect(dateEntry('world-pink-october')?.days).toBe(31);
    expect(dateEntry('world-movember')?.days).toBe(30);
    expect(dateEntry('world-mois-sans-tabac')?.date(2015)).toBeNull();
    expect(dateEntry('world-mois-sans-tabac')?.date(2016)).toBe('2016-11-01');
  });

  it('finds an entry by id, and nothing for an unknown one', () => {
    expect(dateEntry('fr-fete-des-meres')?.date(2026)).toBe('2026-05-31');
    expect(dateEntry('fr-fete-des-meres')?.set).toBe('fr-commerce');
    expect(dateEntry('nope')).toBeUndefined();
    expect(dateEntry('constructor')).toBeUndefined();
  });
});

describe('the names', () => {
  const keys = (o: object) => Object.keys(o).sort();

  it('has the same keys in English and French', () => {
    expect(keys(fr)).toEqual(keys(en));
    expect(keys(fr.sets)).toEqual(keys(en.sets));
    expect(keys(fr.names)).toEqual(keys(en.names));
    expect(en.title).toBeTruthy();
  });

  it('names every set and every entry, and nothing else', () => {
    expect(keys(en.sets)).toEqual([...DATE_SETS].sort());
    expect(keys(en.names)).toEqual(CATALOGUE.map((e) => e.id).sort());
  });

  it('has no empty or untrimmed name', () => {
    for (const text of [
      ...Object.values(en.names),
      ...Object.values(fr.names),
      ...Object.values(en.sets),
      ...Object.values(fr.sets),
    ]) {
      expect(text.trim()).toBe(text);
      expect(text.length).toBeGreaterThan(0);
    }
  });
});
