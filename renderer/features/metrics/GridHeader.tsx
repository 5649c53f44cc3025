import { METRICS } from '../../../shared/domain/metrics.ts';
import { ENGAGEMENT_KPI } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { columnHeader, columnName } from './grid-messages.ts';
import styles from './MetricsGrid.module.css';

/**
 * The sticky header row: the post column, one column per metric shown (with what it counts), the
 * rate (pinned to the right edge, so it is in view however far the numbers scroll).
 */
export function GridHeader({
  currency,
  basis,
  shown,
}: {
  currency: string;
  basis: EngagementBasis;
  /** The metric columns shown, as indexes into METRICS. */
  shown: readonly number[];
}) {
  const { t } = useTranslation();
  return (
    <thead className={styles.head}>
      <tr className={styles.row} aria-rowindex={1}>
        <th scope="col" className={styles.postHead} aria-colindex={1}>
          {t('metrics.grid.post')}
        </th>
        {shown.map((col, i) => {
          const metric = METRICS[col];
          if (!metric) return null;
          return (
            <th
              key={metric}
              scope="col"
              className={styles.metricHead}
              aria-colindex={i + 2}
              title={t(`metrics.columnHints.${metric}`)}
              aria-label={columnName(t, metric, currency)}
            >
              {columnHeader(t, metric, currency)}
            </th>
          );
        })}
        <th
          scope="col"
          className={`${styles.metricHead} ${styles.rateHead}`}
          aria-colindex={shown.length + 2}
          title={t('metrics.grid.rateHint')}
        >
          {t(`kpis.names.${ENGAGEMENT_KPI[basis]}`)}
        </th>
      </tr>
    </thead>
  );
}
