import { describe, expect, it } from 'vitest';
import { changeLines } from '../../../../../renderer/features/reports/change-lines.ts';
import { dateLocale } from '../../../../../renderer/i18n/format.ts';
import { createI18nWith } from '../../../../../renderer/i18n/instance.ts';
import { en, fr } from '../../../../../renderer/i18n/messages.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import { INSTAGRAM } from '../kpis/dashboard-fixture.ts';
import { makeFigures, TOP_POST } from './report-fixture.ts';

const words = (language: Language) => ({
  t: createI18nWith(language, { en, fr }).t,
  language,
  locale: dateLocale(language),
});

const CHANGES = [
  { key: 'kpi:reach', before: 8000, now: 8400 },
  { key: `channel:${INSTAGRAM}:engagements`, before: 120, now: null },
  { key: `post:${TOP_POST}:rate`, before: 9.5, now: 10.25 },
  { key: 'objective:0190a000-0000-7000-8000-0000000000d1', before: 1250, now: 1300 },
  { key: 'kpi:spend', before: 4000, now: 4550 },
];

describe('the figures that changed since a report was made', () => {
  it('are named as the user reads them, each with its value then and now in its unit', () => {
    const lines = changeLines(CHANGES, makeFigures(), words('en'));
    expect(lines.map(({ what, before, now }) => [what, before, now])).toEqual([
      ['Reach', '8,000', '8,400'],
      ['Engagements on @atelier.rose', '120', '—'],
      ['Engagement rate (by reach) of the post of 6 October', '9.5%', '10.3%'],
      ['Objective “Grow the Instagram community”', '1,250', '1,300'],
      ['Ad spend', '€40.00', '€45.50'],
    ]);
  });

  it('speak French in the French app', () => {
    const lines = changeLines(CHANGES.slice(0, 3), makeFigures(), words('fr'));
    expect(lines.map((l) => l.what)).toEqual([
      'Portée',
      expect.stringContaining('@atelier.rose'),
      expect.stringContaining('6 octobre'),
    ]);
    expect(lines[2]?.now).toBe('10,3\u202f%');
  });

  it('leave out what this version cannot name rather than show a raw key', () => {
    const lines = changeLines(
      [
        { key: 'kpi:unknown', before: 1, now: 2 },
        { key: 'post:gone:rate', before: 1, now: 2 },
        { key: 'other:x', before: 1, now: 2 },
      ],
      makeFigures(),
      words('en'),
    );
    expect(lines).toEqual([]);
  });
});
