import { useMemo } from 'react';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../../shared/kpi/catalogue.ts';
import { emptyTotals } from '../../../shared/kpi/totals.ts';
import { hasListening, voiceTotals } from '../../../shared/kpi/voice.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './DashboardPage.module.css';
import { type ChartSeries, TimeChart } from './TimeChart.tsx';

/**
 * The charts over time: followers per channel, engagement rate on the basis, reach, link clicks,
 * and, for a client who keeps a listening journal, share of voice and sentiment.
 */
export function DashboardCharts({ dashboard, currency }: { dashboard: Dashboard; currency: string }) {
  const { t } = useTranslation();
  const { series, bucket, channels, basis } = dashboard;
  const dates = useMemo(() => series.map((p) => p.start), [series]);
  const er = ENGAGEMENT_KPI[basis];

  const followers = useMemo<ChartSeries[]>(
    () =>
      channels.map((c) => ({
        label: `${networkName(t, c.network)} ${c.handle}`,
        values: series.map((p) => p.followers[c.channelId] ?? null),
      })),
    [channels, series, t],
  );
  const one = useMemo(() => {
    const of = (id: KpiId, label: string): ChartSeries[] => [
      { label, values: series.map((p) => kpiValue(id, p.totals).value) },
    ];
    return {
      er: of(er, t(`kpis.names.${er}`)),
      reach: of('reach', t('kpis.charts.reach')),
      clicks: of('linkClicks', t('kpis.charts.linkClicks')),
    };
  }, [series, er, t]);
  const listening = dashboard.listening;
  const voices = useMemo(() => {
    const watched = listening.competitors.length;
    const of = (id: KpiId): ChartSeries[] => [
      {
        label: t(`kpis.names.${id}`),
        values: listening.series.map(
          (p) => kpiValue(id, emptyTotals(), undefined, voiceTotals(p.voice, watched)).value,
        ),
      },
    ];
    return { share: of('shareOfVoice'), sentiment: of('sentimentScore') };
  }, [listening, t]);

  const common = { dates, bucket, currency, emptyText: t('kpis.charts.empty') };
  return (
    <div className={styles.charts}>
      <TimeChart
        {...common}
        title={t('kpis.charts.followers')}
        series={followers}
        unit="count"
        fromZero={false}
      />
      <TimeChart {...common} title={t(`kpis.names.${er}`)} series={one.er} unit="percent" />
      <TimeChart {...common} title={t('kpis.charts.reach')} series={one.reach} unit="count" />
      <TimeChart {...common} title={t('kpis.charts.linkClicks')} series={one.clicks} unit="count" />
      {hasListening(listening) && (
        <>
          <TimeChart {...common} title={t('kpis.names.shareOfVoice')} series={voices.share} unit="percent" />
          <TimeChart
            {...common}
            title={t('kpis.names.sentimentScore')}
            series={voices.sentiment}
            unit="percent"
          />
        </>
      )}
    </div>
  );
}
