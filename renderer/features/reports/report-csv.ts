import { format } from 'date-fns';
import type { RankedPost } from '../../../shared/domain/dashboard.ts';
import type { Report, ReportSectionId } from '../../../shared/domain/report.ts';
import { BOM, type Delimiter, neutraliseFormula, writeCsv } from '../../../shared/export/csv.ts';
import { fileSlug } from '../../../shared/export/file-slug.ts';
import { ENGAGEMENT_KPI, KPI_INFO, type KpiId } from '../../../shared/kpi/catalogue.ts';
import {
  dashboardKpi,
  dashboardKpis,
  occasionalCards,
  periodKpi,
} from '../../../shared/kpi/dashboard-kpis.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { formatChange } from '../../common/format/format-kpi.ts';
import { networkName } from '../../common/format/network-name.ts';
import type { LanguageTools } from '../../i18n/use-translation-in.ts';
import { periodWords } from './document/report-dates.ts';

/** Each channel's figures, as the dashboard's table of channels has them. */
const channelKpis = (basis: Report['figures']['basis']): KpiId[] => [
  'followers',
  'audienceGrowth',
  'reach',
  'impressions',
  'engagements',
  ENGAGEMENT_KPI[basis],
  'linkClicks',
  'clickThroughRate',
];

/** A caption's start, enough to tell the post: a spreadsheet's cell is not the place for all of it. */
const EXCERPT = 60;
const excerpt = (caption: string): string => {
  const flat = caption.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
};

/**
 * A number as a spreadsheet in that language reads it: the language's decimal mark, no thousands
 * separator (a French spreadsheet would read "1 234" as text), money in units rather than cents.
 */
function numberCell(value: number | null, unit: 'count' | 'percent' | 'money', tools: LanguageTools): string {
  if (value === null) return '';
  const shown = unit === 'money' ? value / 100 : value;
  return new Intl.NumberFormat(tools.language, { useGrouping: false, maximumFractionDigits: 2 }).format(
    shown,
  );
}

/** One line: the figure now and before, and its change as the dashboard's card words it. */
interface Line {
  section: ReportSectionId;
  figure: string;
  channel: string;
  kpi: KpiId | 'rate';
  now: KpiValue;
  /** null: a figure with no period before (a post's rate, an objective's progress). */
  before: KpiValue | null;
}

/**
 * The report's figures as rows to open in a spreadsheet, in the report's own language: one line
 * per figure (section, figure, channel, this period, the period before, the change), the header
 * first. Only the sections given (those switched on), as in the PDF. Every value is computed as the
 * dashboard's (shared/kpi/dashboard-kpis.ts), from the figures saved with the report.
 */
export function reportCsvRows(
  report: Report,
  sections: readonly ReportSectionId[],
  tools: LanguageTools,
): string[][] {
  const { t, locale, language } = tools;
  const { dashboard, channels, objectives } = report.figures;
  const byId = new Map(channels.map((c) => [c.id, c]));
  const channelName = (id: string | null) => {
    const channel = id ? byId.get(id) : undefined;
    return channel
      ? neutraliseFormula(`${networkName(t, channel.network)} ${channel.handle}`)
      : t('reportScreen.csv.allChannels');
  };
  const lines: Line[] = [];

  if (sections.includes('figures')) {
    for (const kpi of dashboardKpis(dashboard.basis, occasionalCards(dashboard)))
      lines.push({
        section: 'figures',
        figure: t(`kpis.names.${kpi}`),
        channel: channelName(null),
        kpi,
        now: dashboardKpi(kpi, dashboard, 'current'),
        before: dashboardKpi(kpi, dashboard, 'previous'),
      });
    for (const channel of dashboard.channels)
      for (const kpi of channelKpis(dashboard.basis))
        lines.push({
          section: 'figures',
          figure: t(`kpis.names.${kpi}`),
          channel: channelName(channel.channelId),
          kpi,
          now: periodKpi(kpi, channel.current),
          before: periodKpi(kpi, channel.previous),
        });
  }

  if (sections.includes('posts')) {
    const rate = t(`kpis.names.${ENGAGEMENT_KPI[dashboard.basis]}`);
    const postFigure = (p: RankedPost) =>
      t('reportScreen.csv.post', {
        rate,
        date: format(noonOf(p.date), 'd MMMM yyyy', { locale }),
        caption: excerpt(p.caption) || t('kpis.ranked.untitled'),
      });
    for (const p of [...dashboard.top, ...dashboard.bottom])
      lines.push({
        section: 'posts',
        figure: neutraliseFormula(postFigure(p)),
        channel: channelName(p.channelId),
        kpi: 'rate',
        now: { value: p.rate },
        before: null,
      });
  }

  if (sections.includes('objectives'))
    for (const o of objectives)
      lines.push({
        section: 'objectives',
        // Its own words say which objective it is: two may measure the same KPI.
        figure: neutraliseFormula(`${o.title} (${t(`kpis.names.${o.kpi}`)})`),
        channel: channelName(o.channelId),
        kpi: o.kpi,
        now: o.current,
        before: null,
      });

  const unitOf = (kpi: Line['kpi']) => (kpi === 'rate' ? 'percent' : KPI_INFO[kpi].unit);
  const rows = [
    [
      t('reportScreen.csv.section'),
      t('reportScreen.csv.figure'),
      t('reportScreen.csv.channel'),
      t('reportScreen.csv.current', { period: periodWords(report.kind, report.from, report.to, t, locale) }),
      t('reportScreen.csv.previous', {
        period: periodWords(report.kind, dashboard.previous.from, dashboard.previous.to, t, locale),
      }),
      t('reportScreen.csv.change'),
    ],
    ...lines.map((l) => [
      t(`reports.sections.${l.section}`),
      l.figure,
      l.channel,
      numberCell(l.now.value, unitOf(l.kpi), tools),
      l.before ? numberCell(l.before.value, unitOf(l.kpi), tools) : '',
      l.before && l.kpi !== 'rate' ? (formatChange(l.kpi, l.now, l.before, language)?.text ?? '') : '',
    ]),
  ];
  // The currency is said once, under the figures, rather than in cells a spreadsheet must read as numbers.
  if (lines.some((l) => unitOf(l.kpi) === 'money' && l.now.value !== null))
    rows.push([
      t('reportScreen.csv.currency', { currency: report.figures.client.currency }),
      '',
      '',
      '',
      '',
      '',
    ]);
  return rows;
}

/** French spreadsheets split on semicolons, English ones on commas, as the calendar's export decides. */
export const csvDelimiter = (language: LanguageTools['language']): Delimiter =>
  language === 'fr' ? ';' : ',';

/** A name the user recognises among their downloads: whose report, from when. */
export function reportCsvName(report: Report): string {
  return `calepin-report-${fileSlug(report.figures.client.name)}-${report.from}.csv`;
}

/** The whole file: the byte order mark first, so a spreadsheet reads the accents as UTF-8. */
export const reportCsv = (
  report: Report,
  sections: readonly ReportSectionId[],
  tools: LanguageTools,
): string => BOM + writeCsv(reportCsvRows(report, sections, tools), csvDelimiter(tools.language));
