import { describe, expect, it } from 'vitest';
import {
  reportCsv,
  reportCsvName,
  reportCsvRows,
} from '../../../../../renderer/features/reports/report-csv.ts';
import { dateLocale } from '../../../../../renderer/i18n/format.ts';
import { createI18nWith } from '../../../../../renderer/i18n/instance.ts';
import { en, fr } from '../../../../../renderer/i18n/messages.ts';
import type { LanguageTools } from '../../../../../renderer/i18n/use-translation-in.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import { REPORT_SECTIONS, type ReportSectionId } from '../../../../../shared/domain/report.ts';
import { parseCsv } from '../../../../../shared/export/csv.ts';
import { objective } from '../kpis/objective-fixture.ts';
import { makeFigures, makeReport } from './report-fixture.ts';

const tools = (language: Language): LanguageTools => ({
  language,
  t: createI18nWith(language, { en, fr }).t,
  locale: dateLocale(language),
});

const ALL: readonly ReportSectionId[] = REPORT_SECTIONS;
const row = (rows: string[][], figure: string, channel: string) =>
  rows.find((r) => r[1] === figure && r[2] === channel);

describe('the report as CSV', () => {
  it('has one line per figure: section, figure, channel, this period, the period before, the change', () => {
    const rows = reportCsvRows(makeReport(), ALL, tools('en'));
    expect(rows[0]).toEqual([
      'Section',
      'Figure',
      'Channel',
      'October 2026',
      'September 2026 (before)',
      'Change',
    ]);
    // The dashboard fixture's October: reach 8,000 against 6,400, +25 %; the rate by reach 5 % against 4 %.
    expect(row(rows, 'Reach', 'All channels')).toEqual([
      'Key figures',
      'Reach',
      'All channels',
      '8000',
      '6400',
      '+25%',
    ]);
    expect(row(rows, 'Engagement rate (by reach)', 'All channels')?.slice(3)).toEqual([
      '5',
      '4',
      '+1\u00a0pt',
    ]);
    expect(row(rows, 'Followers', 'All channels')?.slice(3)).toEqual(['5200', '5000', '+4%']);
  });

  it('gives money in units of the client’s currency, said once under the figures', () => {
    const rows = reportCsvRows(makeReport(), ALL, tools('en'));
    expect(row(rows, 'Ad spend', 'All channels')?.slice(3)).toEqual(['40', '20', '+100%']);
    expect(row(rows, 'Cost per click', 'All channels')?.slice(3, 5)).toEqual(['0.25', '0.2']);
    expect(rows.at(-1)).toEqual(['Amounts in EUR.', '', '', '', '', '']);
  });

  it('lists each channel’s figures under its network and handle', () => {
    const rows = reportCsvRows(makeReport(), ALL, tools('en'));
    expect(row(rows, 'Reach', 'Instagram @atelier.rose')?.slice(3, 5)).toEqual(['3000', '']);
    expect(row(rows, 'Reach', 'LinkedIn Atelier Rose')?.[3]).toBe('5000');
  });

  it('names each ranked post by its day and words, and each objective by its title', () => {
    const rows = reportCsvRows(makeReport(), ALL, tools('en'));
    const posts = rows.filter((r) => r[0] === 'Top and bottom posts');
    expect(posts.map((r) => r.slice(1, 4))).toEqual([
      [
        'Engagement rate (by reach), post of 6 October 2026: Spring bouquets are here: come and see them',
        'Instagram @atelier.rose',
        '9.5',
      ],
      ['Engagement rate (by reach), post of 6 October 2026: (no caption)', 'Instagram @atelier.rose', '1.25'],
    ]);
    const objective = rows.find((r) => r[0] === 'Objectives');
    expect(objective?.slice(1, 4)).toEqual([
      'Grow the Instagram community (Followers)',
      'Instagram @atelier.rose',
      '1250',
    ]);
  });

  it('leaves out the sections switched off', () => {
    const rows = reportCsvRows(makeReport(), ['cover', 'figures'], tools('en'));
    expect(new Set(rows.slice(1, -1).map((r) => r[0]))).toEqual(new Set(['Key figures']));
    expect(reportCsvRows(makeReport(), ['cover', 'summary'], tools('en'))).toHaveLength(1);
  });

  it('speaks the report’s language: French words, decimal commas, semicolons, the BOM first', () => {
    const report = makeReport({ language: 'fr' });
    const text = reportCsv(report, ALL, tools('fr'));
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = parseCsv(text.slice(1), ';');
    if (!parsed.ok) throw new Error('not read');
    const rows = parsed.records;
    expect(rows[0]?.slice(3)).toEqual(['octobre 2026', 'septembre 2026 (avant)', 'Évolution']);
    const ctr = rows.find((r) => r[1] === 'Taux de clic' && r[2] === 'Tous les canaux');
    expect(ctr?.slice(3, 5)).toEqual(['0,8', '0,63']);
  });

  it('keeps words a spreadsheet would run as a formula as text', () => {
    const figures = makeFigures({ objectives: [objective({ title: '=HYPERLINK("http://x")' })] });
    const rows = reportCsvRows(makeReport({ figures }), ALL, tools('en'));
    expect(rows.find((r) => r[0] === 'Objectives')?.[1]).toBe('\'=HYPERLINK("http://x") (Followers)');
  });

  it('is named for the client and the period', () => {
    expect(reportCsvName(makeReport())).toBe('calepin-report-atelier-rose-2026-10-01.csv');
  });
});
