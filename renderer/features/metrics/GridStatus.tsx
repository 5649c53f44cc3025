import { ENGAGEMENT_KPI } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { formatKpi, kpiMissing } from '../../common/format/format-kpi.ts';
import { SaveStatus } from '../../common/grid/SaveStatus.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { type MessageContext, problemText } from './grid-messages.ts';
import { periodRate } from './row-rate.ts';
import type { GridSaves } from './use-grid-saves.ts';

/**
 * Above the grid: how many posts and the period's engagement rate (updated as numbers are typed),
 * where the saves stand, and what was refused and why.
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
    <SaveStatus
      summary={
        <>
          {t('metrics.grid.summary', { count: ctx.rows.length })}
          {' · '}
          <span title={why ?? undefined}>
            {t('metrics.grid.periodRate', {
              rate: t(`kpis.names.${kpi}`),
              value: formatKpi(kpi, rate, ctx.language, ctx.currency),
            })}
          </span>
          {why && <span className="visually-hidden"> {why}</span>}
        </>
      }
      state={saves.state}
      stateText={(state) => t(`metrics.save.${state}`)}
      problem={saves.problem && problemText(ctx, saves.problem)}
      dismissLabel={t('metrics.problems.dismiss')}
      onDismiss={saves.dismissProblem}
    />
  );
}
