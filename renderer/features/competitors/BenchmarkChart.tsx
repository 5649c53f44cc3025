import { type CSSProperties, useId } from 'react';
import type { Benchmark } from '../../../shared/domain/benchmark.ts';
import {
  BENCHMARK_METRICS,
  type BenchmarkMetric,
  type NetworkBenchmark,
} from '../../../shared/listening/benchmark-values.ts';
import { formatMetric } from '../../common/format/benchmark-figures.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './Benchmark.module.css';
import { ownerOf } from './owners.ts';

/**
 * Where a bar starts and how long it is, in % of the track: bars grow from 0, to the left for a
 * fall (a negative growth), so the zero line sits where the smallest value leaves room for it.
 */
export function barGeometry(value: number, min: number, max: number): { left: number; width: number } {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  const span = high - low;
  if (span === 0) return { left: 0, width: 0 };
  const zero = ((0 - low) / span) * 100;
  const end = ((value - low) / span) * 100;
  return { left: Math.min(zero, end), width: Math.abs(end - zero) };
}

function MetricBars({
  metric,
  network,
  benchmark,
}: {
  metric: BenchmarkMetric;
  network: NetworkBenchmark;
  benchmark: Benchmark;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const values = network.rows.flatMap((r) =>
    r.current[metric].value === null ? [] : [r.current[metric].value as number],
  );
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  return (
    <figure className={styles.chart} aria-labelledby={titleId}>
      <figcaption id={titleId} className={styles.chartTitle}>
        {t(`competitors.benchmark.metrics.${metric}`)}
      </figcaption>
      <ul className={styles.bars}>
        {network.rows.map((row) => {
          const owner = ownerOf(benchmark, row);
          const value = row.current[metric];
          const bar = value.value === null ? null : barGeometry(value.value, min, max);
          return (
            <li key={row.entry.accountId} className={styles.bar} data-client={row.isClient || undefined}>
              <span className={styles.barLabel} title={`${owner.name} ${row.entry.handle}`}>
                {owner.name}
              </span>
              <span className={styles.track} aria-hidden="true">
                {bar && (
                  <span
                    className={styles.fill}
                    style={
                      {
                        left: `${bar.left}%`,
                        width: `max(${bar.width}%, 2px)`,
                        '--bar': owner.color,
                      } as CSSProperties
                    }
                  />
                )}
              </span>
              <span className={styles.barValue}>{formatMetric(metric, value, language)}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

/** The table's figures as bars, one small chart per metric, each bar with its number as text. */
export function BenchmarkChart({ network, benchmark }: { network: NetworkBenchmark; benchmark: Benchmark }) {
  const { t } = useTranslation();
  // A metric nobody has a figure for is a chart of dashes: left out (the table says why).
  const shown = BENCHMARK_METRICS.filter((m) => network.rows.some((r) => r.current[m].value !== null));
  if (shown.length === 0) return null;
  return (
    <section
      className={styles.charts}
      aria-label={t('competitors.benchmark.chartLabel', { network: networkName(t, network.network) })}
    >
      {shown.map((metric) => (
        <MetricBars key={metric} metric={metric} network={network} benchmark={benchmark} />
      ))}
    </section>
  );
}
