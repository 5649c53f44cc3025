import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import type { KpiId } from '../../../shared/kpi/catalogue.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { dashboardKpis, occasionalCards, periodKpi } from './dashboard-kpis.ts';
import { formatChange, formatKpi, kpiMissing } from './format-kpi.ts';
import styles from './KpiCards.module.css';

const ARROW = { '+': '▲ ', '−': '▼ ', '±': '' } as const;

function KpiCard({
  id,
  dashboard,
  currency,
  comparedWith,
  headingId,
}: {
  id: KpiId;
  headingId: string;
  dashboard: Dashboard;
  currency: string;
  comparedWith: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const current = periodKpi(id, dashboard.current);
  const previous = periodKpi(id, dashboard.previous);
  const change = formatChange(id, current, previous, language);
  const why = kpiMissing(t, current);
  const tone = change === null || change.good === null ? 'same' : change.good ? 'good' : 'bad';
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.name}>
        {t(`kpis.names.${id}`)}
      </h3>
      <p className={styles.value}>{formatKpi(id, current, language, currency)}</p>
      {why && <p className={styles.why}>{why}</p>}
      {change ? (
        <p
          className={styles.change}
          data-tone={tone}
          title={t('kpis.dashboard.change.hint', { period: comparedWith })}
        >
          <span aria-hidden="true">{ARROW[change.text[0] as keyof typeof ARROW] ?? ''}</span>
          {change.text}
          <span className={styles.verdict}>
            {' · '}
            {t(`kpis.dashboard.change.${tone === 'good' ? 'better' : tone === 'bad' ? 'worse' : 'same'}`)}
          </span>
        </p>
      ) : (
        <p className={styles.noChange}>{t('kpis.dashboard.change.none')}</p>
      )}
    </li>
  );
}

/** The period's KPIs, each with its change since the compared period (the word says better or worse, not only the colour). */
export function KpiCards({
  dashboard,
  currency,
  comparedWith,
}: {
  dashboard: Dashboard;
  currency: string;
  /** The compared period, as the change's tooltip names it. */
  comparedWith: string;
}) {
  const base = useId();
  const ids = dashboardKpis(dashboard.basis, occasionalCards(dashboard));
  return (
    <ul className={styles.cards}>
      {ids.map((id) => (
        <KpiCard
          key={id}
          id={id}
          headingId={`${base}-${id}`}
          dashboard={dashboard}
          currency={currency}
          comparedWith={comparedWith}
        />
      ))}
    </ul>
  );
}
