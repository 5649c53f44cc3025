import { memo } from 'react';
import {
  METRICS,
  type MetricsRow,
  type MetricValues,
  metricApplies,
} from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { ENGAGEMENT_KPI } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { implausible } from '../../../shared/kpi/plausibility.ts';
import { formatKpi } from '../../common/format/format-kpi.ts';
import { CellEditor } from '../../common/grid/CellEditor.tsx';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { columnName } from './grid-messages.ts';
import styles from './MetricsGrid.module.css';
import { formatMetric, shortDay } from './metric-format.ts';
import { rateOf, rateReason } from './row-rate.ts';

/** The cell being edited, when it is on this row. */
export interface RowEditing {
  col: number;
  text: string;
  error: string | null;
}

export interface GridRowProps {
  row: MetricsRow;
  values: MetricValues;
  index: number;
  /** Where the row sits in the scrolled body (the virtualizer's offset). */
  top: number;
  /** The grid's one tabbable cell, when it is on this row; -1 otherwise. */
  activeCol: number;
  editing: RowEditing | null;
  language: Language;
  currency: string;
  basis: EngagementBasis;
  /** The metric columns shown, as indexes into METRICS (the same array while the choice holds). */
  shown: readonly number[];
  gridId: string;
  onEditChange: (text: string) => void;
  onEditBlur: () => void;
}

/** One published post: who and when on the left (sticky), its numbers, its engagement rate. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, values, index, top, activeCol, editing, language, currency, basis, shown, gridId } = props;
  const { t } = useTranslation();
  const warnings = new Map(implausible(values).map((w) => [w.metric, w.code]));
  const rate = rateOf(row, values, basis);
  const rateWhy = rateReason(t, rate);
  const id = (what: string) => `${gridId}-${index}-${what}`;
  const caption = firstWords(row.caption, 60) || t('posts.untitled');
  return (
    <tr
      className={styles.row}
      aria-rowindex={index + 2}
      data-editing={editing ? true : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <th scope="row" className={styles.post} aria-colindex={1}>
        <span className={styles.when}>
          {shortDay(row.date, dateLocale(language))}, {row.time}
          <span className={styles.format}> · {t(`posts.format.${row.format}`)}</span>
        </span>
        <span className={styles.what}>
          <NetworkBadge network={row.network} />
          <span className={styles.caption}>{caption}</span>
        </span>
      </th>
      {shown.map((col, at) => {
        const metric = METRICS[col];
        if (!metric) return null;
        const applicable = metricApplies(metric, row);
        const warning = applicable ? warnings.get(metric) : undefined;
        const isEditing = editing !== null && editing.col === col;
        return (
          <td
            key={metric}
            className={styles.cell}
            aria-colindex={at + 2}
            data-row={index}
            data-col={col}
            tabIndex={applicable ? (activeCol === col ? 0 : -1) : undefined}
            aria-disabled={applicable ? undefined : true}
            aria-describedby={warning ? id(`${metric}-warning`) : undefined}
            data-warning={warning ? true : undefined}
            data-editing={isEditing || undefined}
            title={warning ? t(`metrics.warnings.${warning}`) : undefined}
          >
            {isEditing ? (
              <CellEditor
                text={editing.text}
                label={columnName(t, metric, currency)}
                numeric
                error={editing.error}
                errorId={id('error')}
                onChange={props.onEditChange}
                onBlur={props.onEditBlur}
              />
            ) : applicable ? (
              formatMetric(metric, values[metric], language, currency)
            ) : (
              <span className="visually-hidden">{t('metrics.grid.notApplicable')}</span>
            )}
            {warning && !isEditing && (
              <>
                <span className={styles.warnIcon} aria-hidden="true">
                  ⚠
                </span>
                <span id={id(`${metric}-warning`)} className="visually-hidden">
                  {t(`metrics.warnings.${warning}`)}
                </span>
              </>
            )}
          </td>
        );
      })}
      <td className={styles.rate} aria-colindex={shown.length + 2} title={rateWhy ?? undefined}>
        {formatKpi(ENGAGEMENT_KPI[basis], rate, language, currency)}
        {rateWhy && <span className="visually-hidden">{rateWhy}</span>}
      </td>
    </tr>
  );
});
