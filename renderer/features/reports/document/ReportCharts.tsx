import type { Language } from '../../../../shared/domain/prefs.ts';
import { ENGAGEMENT_KPI, type KpiUnit } from '../../../../shared/kpi/catalogue.ts';
import { NETWORKS } from '../../../../shared/networks.ts';
import { formatPercent } from '../../../common/format/format-kpi.ts';
import { networkName } from '../../../common/format/network-name.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { followersByNetwork, hasValue, kpiLine } from './chart-data.ts';
import { chartSummary, xLabels } from './chart-words.ts';
import styles from './LineChart.module.css';
import { type ChartLine, LineChart } from './LineChart.tsx';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** Lines of a chart with several told apart in black and white too. */
const DASHES = ['', '5 3', '1.5 2.5', '7 3 1.5 3'];

interface ChartSpec {
  key: string;
  title: string;
  yTitle: string;
  unit: Exclude<KpiUnit, 'money'>;
  fromZero: boolean;
  lines: ChartLine[];
}

const compact = new Map<Language, Intl.NumberFormat>();

/**
 * A tick of the value axis: "4.5%", "2,550", or "1.25M" once counts run to six figures, so the
 * axis stays narrow. Short forms only then: steps of 25 followers would all read "2.5K".
 */
function tickValue(value: number, unit: ChartSpec['unit'], big: boolean, language: Language): string {
  if (unit === 'percent') return formatPercent(value, language, 0, 1);
  if (!big) return formatNumber(value, language);
  let f = compact.get(language);
  if (!f) {
    f = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 2 });
    compact.set(language, f);
  }
  return f.format(value);
}

/** Followers per network, reach, engagement rate and clicks over the period, bucket by bucket. */
export function ReportCharts() {
  const { t, language, locale, figures, period } = useReportScope();
  const d = figures.dashboard;
  const dates = d.series.map((p) => p.start);
  const er = ENGAGEMENT_KPI[d.basis];
  const one = (name: string, values: (number | null)[]): ChartLine[] => [{ name, values }];
  const charts: ChartSpec[] = [
    {
      key: 'followers',
      title: t('reports.charts.followers'),
      yTitle: t('kpis.names.followers'),
      unit: 'count',
      // A count of thousands that grows by tens would be a flat line from zero.
      fromZero: false,
      lines: followersByNetwork(d, figures.channels).map((n, i) => ({
        name: networkName(t, n.network),
        color: NETWORKS[n.network].color,
        dash: DASHES[i % DASHES.length],
        values: n.values,
      })),
    },
    {
      key: 'reach',
      title: t('kpis.names.reach'),
      yTitle: t('kpis.names.reach'),
      unit: 'count',
      fromZero: true,
      lines: one(t('kpis.names.reach'), kpiLine(d, 'reach')),
    },
    {
      key: 'rate',
      title: t(`kpis.names.${er}`),
      yTitle: t('reports.charts.percent'),
      unit: 'percent',
      fromZero: true,
      lines: one(t(`kpis.names.${er}`), kpiLine(d, er)),
    },
    {
      key: 'clicks',
      title: t('kpis.names.linkClicks'),
      yTitle: t('kpis.names.linkClicks'),
      unit: 'count',
      fromZero: true,
      lines: one(t('kpis.names.linkClicks'), kpiLine(d, 'linkClicks')),
    },
  ];
  const drawn = (c: ChartSpec) => c.lines.some((l) => hasValue(l.values));
  if (!charts.some(drawn))
    return (
      <Section id="charts">
        <Note>{t('reports.charts.empty', { period })}</Note>
      </Section>
    );
  const labels = xLabels(dates, d.bucket, locale);
  return (
    <Section id="charts">
      <div className={styles.charts}>
        {charts.map((c) => {
          if (!drawn(c))
            return (
              <figure key={c.key} className={styles.chart}>
                <figcaption className={styles.title}>{c.title}</figcaption>
                <Note>{t('kpis.charts.empty')}</Note>
              </figure>
            );
          const big = c.lines.some((l) => l.values.some((v) => v !== null && Math.abs(v) >= 100_000));
          const value = (v: number) =>
            c.unit === 'percent' ? formatPercent(v, language) : formatNumber(v, language);
          return (
            <LineChart
              key={c.key}
              title={c.title}
              summary={chartSummary(c.title, c.lines, dates, d.bucket, { t, locale, value })}
              lines={c.lines}
              xLabels={labels}
              xTitle={t(`reports.charts.axis.${d.bucket}`)}
              yTitle={c.yTitle}
              yTick={(v) => tickValue(v, c.unit, big, language)}
              fromZero={c.fromZero}
              wholeNumbers={c.unit === 'count'}
            />
          );
        })}
      </div>
    </Section>
  );
}
