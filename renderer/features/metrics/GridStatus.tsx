import { ENGAGEMENT_KPI } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { formatKpi, kpiMissing } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { type MessageContext, problemText } from './grid-messages.ts';
import styles from './MetricsGrid.module.css';
import { periodRate } from './row-rate.ts';
import type { GridSaves } from './use-grid-saves.ts';

/**
 * Above the grid: how many posts and the period's engagement rate (updated as numbers are typed),
 * where the saves stand (read out politely), and what was refused and why (read out at once).
 */
export function GridStatus({
  saves,
  ctx,
  basis,
}: {
  saves: GridSaves;
  ctx: MessageContext;
  basis: EngagementBasis;
}) {
  const { t } = useTranslation();
  const kpi = ENGAGEMENT_KPI[basis];
  const rate = periodRate(ctx.rows, saves.valuesOf, basis);
  // The period's reason ("for this period"), not a single post's.
  const why = kpiMissing(t, rate);
  return (
    <>
      <div className={styles.status}>
        <span className={styles.summary}>
          {t('metrics.grid.summary', { count: ctx.rows.length })}
          {' · '}
          <span title={why ?? undefined}>
            {t('metrics.grid.periodRate', {
              rate: t(`kpis.names.${kpi}`),
              value: formatKpi(kpi, rate, ctx.language, ctx.currency),
            })}
          </span>
          {why && <span className="visually-hidden"> {why}</span>}
        </span>
        <span className={styles.saveState} data-state={saves.state} role="status">
          {saves.state === 'idle' ? '' : t(`metrics.save.${saves.state}`)}
        </span>
      </div>
      <div role="alert" className={styles.problemSlot}>
        {saves.problem && (
          <p className={styles.problem}>
            <span>{problemText(ctx, saves.problem)}</span>
            <Button variant="ghost" size="small" onClick={saves.dismissProblem}>
              {t('metrics.problems.dismiss')}
            </Button>
          </p>
        )}
      </div>
    </>
  );
}
