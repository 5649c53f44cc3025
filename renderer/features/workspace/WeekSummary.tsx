import { addDays } from '../../../shared/calendar/dates.ts';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../../shared/kpi/catalogue.ts';
import { hasListening, listeningVoice } from '../../../shared/kpi/voice.ts';
import { useDashboard } from '../../common/data/kpi-queries.ts';
import { dayRange } from '../../common/dates/kpi-period.ts';
import { formatChange, formatKpi, kpiMissing } from '../../common/format/format-kpi.ts';
import { useShowingPeriod } from '../../common/hooks/period-in-view.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useNow } from '../../ui/use-now.ts';
import type { WorkspaceWeek } from './use-workspace-week.ts';
import table from './WeekSummary.module.css';
import styles from './Workspace.module.css';

/**
 * What a CM checks on Monday morning, in this order: how many people the week reached and how
 * they engaged, then the audience, then the counts behind the rate.
 */
/** Share of voice and sentiment join once the client keeps a listening journal. */
const ROWS = (basisKpi: KpiId, listening: boolean): KpiId[] => [
  'reach',
  basisKpi,
  'audienceGrowth',
  'followers',
  'engagements',
  'linkClicks',
  ...(listening ? (['shareOfVoice', 'sentimentScore'] as const) : []),
];

/**
 * The calendar's week against the week before, from the numbers logged so far. They are "this
 * week" and "last week" only when the calendar shows the current week; otherwise their dates.
 */
export function WeekSummary({
  client,
  week,
  onFold,
}: {
  client: Client;
  week: WorkspaceWeek;
  /** Folds the side panes to a strip. */
  onFold: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const today = zonedToday(useNow(60_000), client.timeZone);
  const current = week.from <= today && today < week.to;
  const weekName = dayRange(week.from, addDays(week.to, -1), locale, false);
  const previousName = dayRange(week.previousFrom, addDays(week.from, -1), locale, false);
  // Its "Dashboard" link, or the sidebar's, opens the dashboard on this week.
  useShowingPeriod(client.id, { kind: 'week', anchor: week.from });
  const dashboard = useDashboard({
    clientId: client.id,
    from: week.from,
    to: week.to,
    previousFrom: week.previousFrom,
  }).data;
  const basisKpi = ENGAGEMENT_KPI[dashboard?.basis ?? client.engagementBasis];
  return (
    <section className={`${styles.card} ${styles.foldable}`} aria-labelledby="week-summary-title">
      <div className={styles.cardHeader}>
        <h2 id="week-summary-title" className={styles.cardTitle}>
          {current ? t('workspace.summary.title') : t('workspace.summary.titleOther', { week: weekName })}
        </h2>
        <div className={styles.links}>
          <a href={hrefOf({ name: 'numbers', clientId: client.id })}>{t('workspace.summary.log')}</a>
          <a href={hrefOf({ name: 'kpis', clientId: client.id })}>{t('workspace.summary.dashboard')}</a>
        </div>
        <button
          type="button"
          className={styles.fold}
          aria-expanded={true}
          aria-label={t('workspace.side.fold')}
          title={t('workspace.side.fold')}
          onClick={onFold}
        >
          <span aria-hidden="true">›</span>
        </button>
      </div>
      {dashboard && (
        <table className={table.table}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('workspace.summary.kpi')}</span>
              </th>
              <th scope="col">{current ? t('workspace.summary.thisWeek') : weekName}</th>
              <th scope="col">{current ? t('workspace.summary.lastWeek') : previousName}</th>
              <th scope="col">{t('workspace.summary.change')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('workspace.summary.published')}</th>
              <td>{dashboard.current.totals.posts}</td>
              <td>{dashboard.previous.totals.posts}</td>
              <td />
            </tr>
            {ROWS(basisKpi, hasListening(dashboard.listening)).map((id) => {
              const voice = (which: 'current' | 'previous') => listeningVoice(dashboard.listening, which);
              const now = kpiValue(
                id,
                dashboard.current.totals,
                dashboard.current.audience,
                voice('current'),
              );
              const before = kpiValue(
                id,
                dashboard.previous.totals,
                dashboard.previous.audience,
                voice('previous'),
              );
              const change = formatChange(id, now, before, language);
              return (
                <tr key={id}>
                  <th scope="row">{t(`kpis.names.${id}`)}</th>
                  <td title={kpiMissing(t, now) ?? undefined}>
                    {formatKpi(id, now, language, client.currency)}
                  </td>
                  <td title={kpiMissing(t, before) ?? undefined}>
                    {formatKpi(id, before, language, client.currency)}
                  </td>
                  <td
                    className={
                      change?.good === true ? table.good : change?.good === false ? table.bad : undefined
                    }
                  >
                    {change?.text}
                    {change && change.good !== null && (
                      <span className="visually-hidden">
                        {' '}
                        {t(change.good ? 'workspace.summary.better' : 'workspace.summary.worse')}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {dashboard && dashboard.current.totals.posts + dashboard.previous.totals.posts === 0 && (
        <p className={styles.muted}>{t('workspace.summary.empty')}</p>
      )}
    </section>
  );
}
