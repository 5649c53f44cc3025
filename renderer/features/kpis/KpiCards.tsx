import { useId } from 'react';
import type { Dashboard } from '../../../shared/domain/dashboard.ts';
import { growthBasis, type KpiId } from '../../../shared/kpi/catalogue.ts';
import {
  addsUpOverPosts,
  perPost as divideByPosts,
  postsBehind,
  postsDiffer,
} from '../../../shared/kpi/compare.ts';
import { dashboardKpi, dashboardKpis, occasionalCards } from '../../../shared/kpi/dashboard-kpis.ts';
import { listeningVoice } from '../../../shared/kpi/voice.ts';
import { growthBasisText, voiceBasisText } from '../../common/format/figure-basis.ts';
import { formatChange, formatKpi, kpiFormula, kpiMissing } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import type { TFunction } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FormulaHint } from './FormulaHint.tsx';
import styles from './KpiCards.module.css';

const ARROW = { '+': '▲ ', '−': '▼ ', '±': '' } as const;

function KpiCard({
  id,
  dashboard,
  currency,
  comparedWith,
  headingId,
  perPost,
}: {
  id: KpiId;
  headingId: string;
  dashboard: Dashboard;
  currency: string;
  comparedWith: string;
  perPost: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const byPost = perPost && addsUpOverPosts(id);
  const postsNow = dashboard.current.totals.posts;
  const postsThen = dashboard.previous.totals.posts;
  const current = byPost
    ? divideByPosts(dashboardKpi(id, dashboard, 'current'), postsBehind(id, dashboard.current.totals))
    : dashboardKpi(id, dashboard, 'current');
  const previous = byPost
    ? divideByPosts(dashboardKpi(id, dashboard, 'previous'), postsBehind(id, dashboard.previous.totals))
    : dashboardKpi(id, dashboard, 'previous');
  const change = formatChange(id, current, previous, language);
  const why = kpiMissing(t, current);
  const tone = change === null || change.good === null ? 'same' : change.good ? 'good' : 'bad';
  const name = byPost
    ? t('kpis.dashboard.perPost.name', { name: t(`kpis.names.${id}`) })
    : t(`kpis.names.${id}`);
  const basis = id === 'audienceGrowth' ? growthBasis(dashboard.current.audience) : null;
  const voice = voiceBasisText(t, id, listeningVoice(dashboard.listening, 'current'), language);
  const unevenPosts = change !== null && addsUpOverPosts(id) && postsDiffer(postsThen, postsNow);
  return (
    <li className={styles.card} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h3 id={headingId} className={styles.name}>
          {name}
        </h3>
        <FormulaHint name={name} formula={kpiFormula(t, id, byPost)} />
      </div>
      <p className={styles.value}>{formatKpi(id, current, language, currency)}</p>
      {why && <p className={styles.why}>{why}</p>}
      {basis && <p className={styles.basis}>{growthBasisText(t, basis, language)}</p>}
      {voice && <p className={styles.basis}>{voice}</p>}
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
      {unevenPosts && <p className={styles.posts}>{postsThenNow(t, postsThen, postsNow)}</p>}
    </li>
  );
}

/** "1 post then, 4 now". */
const postsThenNow = (t: TFunction, then: number, now: number) =>
  t('kpis.dashboard.posts.then', {
    before: t('kpis.dashboard.posts.count', { count: then }),
    now,
  });

/** The period's KPIs, each with its change since the compared period (the word says better or worse, not only the colour). */
export function KpiCards({
  dashboard,
  currency,
  comparedWith,
  perPost,
  onPerPost,
}: {
  dashboard: Dashboard;
  currency: string;
  /** The compared period, as the change's tooltip names it. */
  comparedWith: string;
  /** Totals compared per published post (reach per post…), when the periods differ in posts. */
  perPost: boolean;
  onPerPost: (perPost: boolean) => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const ids = dashboardKpis(dashboard.basis, occasionalCards(dashboard));
  const then = dashboard.previous.totals.posts;
  const now = dashboard.current.totals.posts;
  const uneven = postsDiffer(then, now);
  return (
    <>
      {(uneven || perPost) && (
        <div className={styles.perPost}>
          <label className={styles.perPostLabel}>
            <input
              type="checkbox"
              checked={perPost}
              aria-describedby={uneven ? `${base}-uneven` : undefined}
              onChange={(e) => onPerPost(e.target.checked)}
            />
            {t('kpis.dashboard.perPost.label')}
          </label>
          {uneven && (
            <span id={`${base}-uneven`} className={styles.why}>
              {t('kpis.dashboard.perPost.hint', {
                before: t('kpis.dashboard.posts.count', { count: then }),
                now,
              })}
            </span>
          )}
        </div>
      )}
      <ul className={styles.cards}>
        {ids.map((id) => (
          <KpiCard
            key={id}
            id={id}
            headingId={`${base}-${id}`}
            dashboard={dashboard}
            currency={currency}
            comparedWith={comparedWith}
            perPost={perPost}
          />
        ))}
      </ul>
    </>
  );
}
