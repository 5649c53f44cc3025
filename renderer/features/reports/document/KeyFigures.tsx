import { useId } from 'react';
import type { Dashboard } from '../../../../shared/domain/dashboard.ts';
import { growthBasis, type KpiId } from '../../../../shared/kpi/catalogue.ts';
import { postsDiffer } from '../../../../shared/kpi/compare.ts';
import {
  dashboardKpi,
  dashboardKpis,
  isEmptyDashboard,
  occasionalCards,
} from '../../../../shared/kpi/dashboard-kpis.ts';
import { listeningVoice } from '../../../../shared/kpi/voice.ts';
import { growthBasisText, voiceBasisText } from '../../../common/format/figure-basis.ts';
import { formatKpi, kpiMissing } from '../../../common/format/format-kpi.ts';
import { changeWords } from './change-words.ts';
import styles from './KeyFigures.module.css';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** One KPI as the dashboard's card has it (the same value, the same change), the change in words. */
function FigureCard({ id, dashboard }: { id: KpiId; dashboard: Dashboard }) {
  const { t, language, currency, compared } = useReportScope();
  const nameId = useId();
  const current = dashboardKpi(id, dashboard, 'current');
  const previous = dashboardKpi(id, dashboard, 'previous');
  const change = changeWords(id, current, previous, { t, language, compared });
  const why = kpiMissing(t, current);
  const growth = id === 'audienceGrowth' ? growthBasis(dashboard.current.audience) : null;
  const voice = voiceBasisText(t, id, listeningVoice(dashboard.listening, 'current'), language);
  return (
    <li className={styles.card} aria-labelledby={nameId}>
      <h3 id={nameId} className={styles.name}>
        {t(`kpis.names.${id}`)}
      </h3>
      <p className={styles.value}>{formatKpi(id, current, language, currency)}</p>
      {why && <p className={styles.why}>{why}</p>}
      {change ? (
        <p className={styles.change} data-tone={change.tone}>
          <span aria-hidden="true">{change.arrow}</span>
          {change.text}
          {change.verdict && <span className={styles.verdict}> · {change.verdict}</span>}
        </p>
      ) : (
        <p className={styles.why}>{t('kpis.dashboard.change.none')}</p>
      )}
      {growth && <p className={styles.basis}>{growthBasisText(t, growth, language)}</p>}
      {voice && <p className={styles.basis}>{voice}</p>}
    </li>
  );
}

/** The period's key figures, the dashboard's cards in its order, each with its change in words. */
export function KeyFigures() {
  const { t, figures, period } = useReportScope();
  const dashboard = figures.dashboard;
  if (isEmptyDashboard(dashboard))
    return (
      <Section id="figures">
        <Note>{t('reports.figures.empty', { period })}</Note>
      </Section>
    );
  const ids = dashboardKpis(dashboard.basis, occasionalCards(dashboard));
  const then = dashboard.previous.totals.posts;
  const now = dashboard.current.totals.posts;
  return (
    <Section id="figures">
      <ul className={styles.cards}>
        {ids.map((id) => (
          <FigureCard key={id} id={id} dashboard={dashboard} />
        ))}
      </ul>
      {postsDiffer(then, now) && (
        <Note>
          {t('kpis.dashboard.perPost.hint', {
            before: t('kpis.dashboard.posts.count', { count: then }),
            now,
          })}
        </Note>
      )}
    </Section>
  );
}
