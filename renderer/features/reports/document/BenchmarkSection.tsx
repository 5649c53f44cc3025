import { useId } from 'react';
import type { Benchmark } from '../../../../shared/domain/benchmark.ts';
import {
  BENCHMARK_METRICS,
  benchmarkByNetwork,
  type NetworkBenchmark,
  ownerRank,
} from '../../../../shared/listening/benchmark-values.ts';
import { formatMetric } from '../../../common/format/benchmark-figures.ts';
import { networkName } from '../../../common/format/network-name.ts';
import { rankSentence } from './benchmark-words.ts';
import { NetworkLabel } from './NetworkLabel.tsx';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** One network: where the client ranks, then its accounts beside its competitors'. */
function NetworkBlock({ network, benchmark }: { network: NetworkBenchmark; benchmark: Benchmark }) {
  const { t, language } = useReportScope();
  const titleId = useId();
  const rows = network.rows;
  const name = networkName(t, network.network);
  const client = benchmark.clientName;
  const ranks = BENCHMARK_METRICS.flatMap((metric) => {
    const now = ownerRank(rows, metric, 'current');
    return now
      ? [{ metric, text: rankSentence(t, language, metric, now, ownerRank(rows, metric, 'previous')) }]
      : [];
  });
  const ownerName = (ownerId: string) => benchmark.competitors.find((c) => c.id === ownerId)?.name ?? '';
  return (
    <section className={styles.block} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.subheading}>
        <NetworkLabel network={network.network} />
      </h3>
      {!network.hasClient ? (
        <Note>{t('reports.benchmark.noChannel', { client, network: name })}</Note>
      ) : ranks.length > 0 ? (
        <ul
          className={styles.ranks}
          aria-label={t('competitors.benchmark.ranksLabel', { client, network: name })}
        >
          {ranks.map((r) => (
            <li key={r.metric}>{r.text}</li>
          ))}
        </ul>
      ) : (
        <Note>{t('competitors.benchmark.noRank', { client })}</Note>
      )}
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">{t('competitors.benchmark.account')}</th>
            {BENCHMARK_METRICS.map((metric) => (
              <th key={metric} scope="col" className={styles.num}>
                {t(`competitors.benchmark.metrics.${metric}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entry.accountId} className={row.isClient ? styles.client : undefined}>
              <th scope="row">
                {row.isClient ? client : ownerName(row.entry.ownerId)}
                <span className={styles.handle}>{row.entry.handle}</span>
              </th>
              {BENCHMARK_METRICS.map((metric) => (
                <td key={metric} className={styles.num}>
                  {formatMetric(metric, row.current[metric], language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The client beside its competitors, network by network, and where it ranks on each figure. */
export function BenchmarkSection() {
  const { t, figures, readOn } = useReportScope();
  const benchmark = figures.benchmark;
  if (!benchmark) return null;
  // A running period's posts per week count the days up to when the figures were read.
  const networks = benchmarkByNetwork(benchmark, readOn).filter((n) => n.competitorIds.length > 0);
  return (
    <Section id="benchmark">
      {networks.length === 0 ? (
        <Note>{t('reports.benchmark.empty')}</Note>
      ) : (
        networks.map((n) => <NetworkBlock key={n.network} network={n} benchmark={benchmark} />)
      )}
    </Section>
  );
}
