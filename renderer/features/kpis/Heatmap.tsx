import type { CSSProperties } from 'react';
import { useId } from 'react';
import type { Dashboard, HeatCell } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, type KpiId, kpiValue } from '../../../shared/kpi/catalogue.ts';
import { weekdayNames } from '../../common/dates/day-names.ts';
import { formatPercent, kpiMissing } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './Heatmap.module.css';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

const pad = (h: number) => String(h).padStart(2, '0');

/** The three slots with the highest rate: the heat-map's answer, in words. */
function bestSlots(cells: readonly HeatCell[], kpi: KpiId) {
  return cells
    .map((cell) => ({ cell, rate: kpiValue(kpi, cell.totals).value }))
    .filter((c): c is { cell: HeatCell; rate: number } => c.rate !== null)
    .sort((a, b) => b.rate - a.rate)
    .slice(0, 3);
}

/**
 * The average engagement rate by weekday × hour of publication, as an HTML table: colour for the
 * eye, the figure in each cell's name for screen readers (and its tooltip), empty slots marked.
 */
export function Heatmap({ dashboard, timeZone }: { dashboard: Dashboard; timeZone: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const kpi = ENGAGEMENT_KPI[dashboard.basis];
  const days = weekdayNames(language);
  const cells = new Map<number, HeatCell>(dashboard.heatmap.map((c) => [c.weekday * 24 + c.hour, c]));
  const rates = dashboard.heatmap.map((c) => kpiValue(kpi, c.totals).value).filter((v) => v !== null);
  const max = Math.max(0, ...rates);
  const min = rates.length > 0 ? Math.min(...rates) : 0;
  const basis = t(`kpis.bases.${dashboard.basis}`);
  const best = bestSlots(dashboard.heatmap, kpi).map(({ cell: c, rate }) =>
    t('kpis.heatmap.slot', {
      day: days[c.weekday],
      hour: pad(c.hour),
      value: formatPercent(rate, language),
    }),
  );

  const cell = (weekday: number, hour: number) => {
    const where = { day: days[weekday], hour: pad(hour) };
    const found = cells.get(weekday * 24 + hour);
    if (!found || found.totals.posts === 0) {
      const name = t('kpis.heatmap.noPost', where);
      return <td key={hour} className={styles.cell} data-state="empty" aria-label={name} title={name} />;
    }
    const v = kpiValue(kpi, found.totals);
    const count = found.totals.posts;
    if (v.value === null) {
      const name = t('kpis.heatmap.cellMissing', { ...where, count, reason: kpiMissing(t, v) ?? '' });
      return <td key={hour} className={styles.cell} data-state="none" aria-label={name} title={name} />;
    }
    const level = max > 0 ? v.value / max : 0;
    const name = t('kpis.heatmap.cell', {
      ...where,
      count,
      value: formatPercent(v.value, language),
    });
    return (
      <td
        key={hour}
        className={styles.cell}
        data-state="value"
        style={{ '--level': level.toFixed(3) } as CSSProperties}
        aria-label={name}
        title={name}
      />
    );
  };

  return (
    <section className={styles.section} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        {t('kpis.heatmap.title')}
      </h2>
      <p className={styles.intro}>{t('kpis.heatmap.intro', { basis, zone: timeZone })}</p>
      {dashboard.heatmap.length === 0 ? (
        <p className={styles.none}>{t('kpis.heatmap.empty')}</p>
      ) : (
        <>
          <div className={styles.scroll}>
            <table className={styles.grid}>
              <caption className="visually-hidden">{t('kpis.heatmap.title')}</caption>
              <thead>
                <tr>
                  <th scope="col" className={styles.corner}>
                    <span className="visually-hidden">{t('kpis.heatmap.weekday')}</span>
                  </th>
                  {HOURS.map((h) => (
                    <th key={h} scope="col" className={styles.hour}>
                      <span aria-hidden="true">{h}</span>
                      <span className="visually-hidden">{t('kpis.heatmap.hour', { hour: pad(h) })}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {days.map((name, d) => (
                  <tr key={name}>
                    <th scope="row" className={styles.day}>
                      {days[d]}
                    </th>
                    {HOURS.map((h) => cell(d, h))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {best.length > 0 && (
            <p className={styles.best}>{t('kpis.heatmap.best', { slots: best.join(' · ') })}</p>
          )}
          <ul className={styles.legend} aria-label={t('kpis.heatmap.legend')}>
            <li className={styles.legendItem}>
              <span>
                {t('kpis.heatmap.low')} ({formatPercent(min, language)})
              </span>
              <span className={styles.ramp} aria-hidden="true" />
              <span>
                {t('kpis.heatmap.high')} ({formatPercent(max, language)})
              </span>
            </li>
            <li className={styles.legendItem}>
              <span className={styles.swatch} data-state="empty" aria-hidden="true" />
              {t('kpis.heatmap.noPostKey')}
            </li>
            <li className={styles.legendItem}>
              <span className={styles.swatch} data-state="none" aria-hidden="true" />
              {t('kpis.heatmap.noValueKey')}
            </li>
          </ul>
        </>
      )}
    </section>
  );
}
