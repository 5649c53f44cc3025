import { useId } from 'react';
import type { Benchmark } from '../../../shared/domain/benchmark.ts';
import type { KpiValue } from '../../../shared/kpi/value.ts';
import {
  BENCHMARK_METRICS,
  type BenchmarkMetric,
  type BenchmarkRow,
  changeOf,
  type NetworkBenchmark,
  ownerRank,
} from '../../../shared/listening/benchmark-values.ts';
import type { CalendarKind } from '../../common/dates/kpi-period.ts';
import { formatMetric, formatMetricChange } from '../../common/format/benchmark-figures.ts';
import { kpiMissing } from '../../common/format/format-kpi.ts';
import { networkName } from '../../common/format/network-name.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { Badge, ColorDot } from '../../ui/Badge.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './Benchmark.module.css';
import { BenchmarkChart } from './BenchmarkChart.tsx';
import { rankSentence } from './benchmark-words.ts';
import { ownerOf } from './owners.ts';

/** A figure in a cell: its value, or "—" whose reason is a tooltip and is read out. */
export function Figure({ metric, value }: { metric: BenchmarkMetric; value: KpiValue }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const why = kpiMissing(t, value);
  if (!why) return <>{formatMetric(metric, value, language)}</>;
  return (
    <span title={why} className={styles.missing}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}

function ChangeLine({
  metric,
  row,
  comparedWith,
}: {
  metric: BenchmarkMetric;
  row: BenchmarkRow;
  comparedWith: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const change = changeOf(metric, row.current[metric], row.previous[metric]);
  if (!change) return null;
  const { text, tone } = formatMetricChange(change, language);
  return (
    <span
      className={styles.change}
      data-tone={tone}
      title={t('competitors.benchmark.changeHint', { period: comparedWith })}
    >
      {text}
      <span className="visually-hidden"> {t('competitors.benchmark.sincePrevious')}</span>
    </span>
  );
}

export interface NetworkSectionProps {
  network: NetworkBenchmark;
  benchmark: Benchmark;
  kind: CalendarKind;
  running: boolean;
  /** The period's name and the compared one's. */
  period: string;
  comparedWith: string;
}

/** One network: where the client ranks, its accounts beside its competitors', the same figures as bars. */
export function NetworkSection({
  network,
  benchmark,
  kind,
  running,
  period,
  comparedWith,
}: NetworkSectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const rows = network.rows;
  const ranks = BENCHMARK_METRICS.flatMap((metric) => {
    const now = ownerRank(rows, metric, 'current');
    if (!now) return [];
    const before = ownerRank(rows, metric, 'previous');
    return [
      { metric, text: rankSentence(t, language, metric, now, before, kind, running, period), rank: now },
    ];
  });
  const name = networkName(t, network.network);

  return (
    <section className={styles.network} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.networkTitle}>
        <NetworkBadge network={network.network} />
      </h3>
      {!network.hasClient ? (
        <p className={styles.note}>
          {t('competitors.benchmark.noChannel', { client: benchmark.clientName, network: name })}
        </p>
      ) : ranks.length > 0 ? (
        <ul
          className={styles.ranks}
          aria-label={t('competitors.benchmark.ranksLabel', { client: benchmark.clientName, network: name })}
        >
          {ranks.map((r) => (
            <li key={r.metric} data-first={r.rank.rank === 1 || undefined}>
              {r.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.note}>{t('competitors.benchmark.noRank', { client: benchmark.clientName })}</p>
      )}
      <div className={`${ts.wrap} ${styles.tableWrap}`}>
        <table className={`${ts.table} ${styles.table}`}>
          <caption className="visually-hidden">
            {t('competitors.benchmark.tableCaption', { network: name, period })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('competitors.benchmark.account')}</th>
              {BENCHMARK_METRICS.map((metric) => (
                <th
                  key={metric}
                  scope="col"
                  className={ts.num}
                  title={t(`competitors.benchmark.formulas.${metric}`)}
                >
                  {t(`competitors.benchmark.metrics.${metric}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const owner = ownerOf(benchmark, row);
              return (
                <tr key={row.entry.accountId} className={row.isClient ? styles.client : undefined}>
                  <th scope="row" className={styles.owner}>
                    <span className={styles.ownerLine}>
                      <ColorDot color={owner.color} />
                      <span className={styles.ownerName}>{owner.name}</span>
                      {row.isClient && <Badge>{t('competitors.benchmark.you')}</Badge>}
                    </span>
                    <span className={styles.ownerHandle}>{row.entry.handle}</span>
                  </th>
                  {BENCHMARK_METRICS.map((metric) => (
                    <td key={metric} className={ts.num}>
                      <span className={styles.figure}>
                        <Figure metric={metric} value={row.current[metric]} />
                      </span>
                      <ChangeLine metric={metric} row={row} comparedWith={comparedWith} />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <BenchmarkChart network={network} benchmark={benchmark} />
    </section>
  );
}
