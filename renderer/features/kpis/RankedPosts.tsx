import { useId } from 'react';
import { dateToUtcMs } from '../../../shared/calendar/dates.ts';
import type { Dashboard, RankedPost } from '../../../shared/domain/dashboard.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { ENGAGEMENT_KPI } from '../../../shared/kpi/catalogue.ts';
import { formatPercent, kpiFormula } from '../../common/format/format-kpi.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './DashboardPage.module.css';
import { FormulaHint } from './FormulaHint.tsx';

function RankedTable({
  title,
  posts,
  handles,
  basis,
}: {
  title: string;
  posts: readonly RankedPost[];
  handles: ReadonlyMap<string, string>;
  basis: Dashboard['basis'];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const day = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (
    <section className={styles.ranked} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.subTitle}>
        {title}
      </h3>
      {posts.length === 0 ? (
        <p className={ts.muted}>{t('kpis.ranked.empty')}</p>
      ) : (
        <div className={ts.wrap}>
          <table className={ts.table}>
            <thead>
              <tr>
                <th scope="col">{t('kpis.ranked.date')}</th>
                <th scope="col">{t('kpis.ranked.network')}</th>
                <th scope="col">{t('kpis.ranked.post')}</th>
                <th scope="col" className={ts.num}>
                  <span className={styles.withHint}>
                    {t('kpis.ranked.rate')}
                    <FormulaHint
                      name={t(`kpis.names.${ENGAGEMENT_KPI[basis]}`)}
                      formula={kpiFormula(t, ENGAGEMENT_KPI[basis])}
                    />
                  </span>
                </th>
              </tr>
            </thead>
            <tbody>
              {posts.map((p) => (
                <tr key={p.postId}>
                  <td className={ts.nowrap}>
                    {day.format(dateToUtcMs(p.date))}, {p.time}
                  </td>
                  <td className={ts.nowrap} title={handles.get(p.channelId)}>
                    <NetworkBadge network={p.network} />
                  </td>
                  <td className={styles.caption}>{firstWords(p.caption, 60) || t('kpis.ranked.untitled')}</td>
                  <td className={ts.num}>{formatPercent(p.rate, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The period's best and worst posts by the engagement rate on the dashboard's basis. */
export function RankedPosts({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const handles = new Map(dashboard.channels.map((c) => [c.channelId, c.handle]));
  return (
    <>
      <p className={styles.sectionIntro}>
        {t('kpis.ranked.by', { basis: t(`kpis.bases.${dashboard.basis}`) })}
      </p>
      {dashboard.top.length === 0 ? (
        <p className={ts.muted}>{t('kpis.ranked.empty')}</p>
      ) : dashboard.bottom.length === 0 ? (
        // Few posts: each once, best first, rather than a bottom list that contradicts the top one.
        <RankedTable
          title={t('kpis.ranked.all', { count: dashboard.top.length })}
          posts={dashboard.top}
          handles={handles}
          basis={dashboard.basis}
        />
      ) : (
        <div className={styles.rankedPair}>
          <RankedTable
            title={t('kpis.ranked.top')}
            posts={dashboard.top}
            handles={handles}
            basis={dashboard.basis}
          />
          <RankedTable
            title={t('kpis.ranked.bottom')}
            posts={dashboard.bottom}
            handles={handles}
            basis={dashboard.basis}
          />
        </div>
      )}
    </>
  );
}
