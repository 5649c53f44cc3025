import type { CSSProperties } from 'react';
import type { HeatCell } from '../../../shared/domain/dashboard.ts';
import { ENGAGEMENT_KPI, kpiValue } from '../../../shared/kpi/catalogue.ts';
import type { EngagementBasis } from '../../../shared/kpi/formulas.ts';
import { weekdayNames } from '../../common/dates/day-names.ts';
import { formatPercent } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { bestSlots } from './answer-figures.ts';
import styles from './CalepinAnswer.module.css';

const HOURS = Array.from({ length: 24 }, (_, h) => h);

const pad = (h: number) => String(h).padStart(2, '0');

/**
 * When posts were published and how each slot did, small: seven rows of 24 hours on the client's
 * clock, the colour for the eye and each cell's name for screen readers; the best slots in words.
 */
export function MiniHeatmap({
  heatmap,
  basis,
  timeZone,
}: {
  heatmap: readonly HeatCell[];
  basis: EngagementBasis;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const kpi = ENGAGEMENT_KPI[basis];
  const long = weekdayNames(language, 'long');
  const short = weekdayNames(language, 'short');
  const cells = new Map(heatmap.map((c) => [c.weekday * 24 + c.hour, c]));
  const max = Math.max(0, ...heatmap.map((c) => kpiValue(kpi, c.totals).value ?? 0));
  const best = bestSlots(heatmap, basis);

  const cell = (weekday: number, hour: number) => {
    const where = { day: long[weekday], hour: pad(hour) };
    const found = cells.get(weekday * 24 + hour);
    if (!found || found.totals.posts === 0)
      return <td key={hour} className={styles.heatCell} data-state="empty" />;
    const v = kpiValue(kpi, found.totals).value;
    const name =
      v === null
        ? t('audit.answers.slotNoRate', { ...where, count: found.totals.posts })
        : t('audit.answers.slotRate', {
            ...where,
            count: found.totals.posts,
            rate: formatPercent(v, language),
          });
    return (
      <td
        key={hour}
        className={styles.heatCell}
        data-state={v === null ? 'none' : 'value'}
        style={v === null ? undefined : ({ '--level': (max > 0 ? v / max : 0).toFixed(3) } as CSSProperties)}
        title={name}
      >
        <span className="visually-hidden">{name}</span>
      </td>
    );
  };

  return (
    <div className={styles.when}>
      {best.length > 0 && (
        <p>
          {t('audit.answers.bestSlots', {
            slots: best
              .map((s) =>
                t('audit.answers.slot', {
                  day: long[s.weekday],
                  hour: pad(s.hour),
                  rate: formatPercent(s.rate, language),
                }),
              )
              .join(' · '),
          })}
        </p>
      )}
      <table className={styles.heat}>
        <caption className={styles.heatCaption}>{t('audit.answers.heatCaption', { zone: timeZone })}</caption>
        <thead>
          <tr>
            <td className={styles.heatCorner} />
            {HOURS.map((h) => (
              <th key={h} scope="col" className={styles.heatHour}>
                <span aria-hidden="true">{h % 6 === 0 ? h : ''}</span>
                <span className="visually-hidden">{t('audit.answers.hour', { hour: pad(h) })}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {long.map((name, d) => (
            <tr key={name}>
              <th scope="row" className={styles.heatDay}>
                <abbr title={long[d]}>{short[d]}</abbr>
              </th>
              {HOURS.map((h) => cell(d, h))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
