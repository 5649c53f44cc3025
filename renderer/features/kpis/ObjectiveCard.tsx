import { format } from 'date-fns';
import { useId } from 'react';
import { daysBetween } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { KPI_INFO, type KpiUnit } from '../../../shared/kpi/catalogue.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { formatPercent, formatUnit, kpiMissing } from '../../common/format/format-kpi.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import styles from './ObjectivesPage.module.css';
import { Sparkline } from './Sparkline.tsx';
import { useGrowthBasisText } from './use-growth-basis-text.ts';

/**
 * Figures in the objective's unit: counts whole (a forecast of 1 479.6 followers reads 1 480), and
 * rates with a second decimal when the baseline or the target has one, so a target of 0.75 % is
 * not shown as 0.8 % and the card's figures line up.
 */
function figureFormat(
  o: { baseline: number; target: number },
  unit: KpiUnit,
  language: Language,
  currency: string,
) {
  const fine = unit === 'percent' && [o.baseline, o.target].some((v) => Math.round(v * 100) % 10 !== 0);
  return (value: number): string => {
    if (unit === 'count') return formatUnit(Math.round(value), unit, language, currency);
    return fine ? formatPercent(value, language, 2) : formatUnit(value, unit, language, currency);
  };
}

export interface ObjectiveCardProps {
  objective: ObjectiveWithProgress;
  channel: Channel | undefined;
  currency: string;
  today: string;
  onEdit: () => void;
  onDelete: () => void;
}

/** One objective: what, measured where, from → now → target, how far, whether on track, by when. */
export function ObjectiveCard({
  objective: o,
  channel,
  currency,
  today,
  onEdit,
  onDelete,
}: ObjectiveCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const titleId = useId();
  const unit = KPI_INFO[o.kpi].unit;
  const show = figureFormat(o, unit, language, currency);
  const { percent, forecast, status } = o.progress;
  const bar = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  const percentText = percent === null ? null : formatPercent(percent, language, 0);
  const deadline = format(noonOf(o.deadline), 'd MMMM yyyy', { locale });
  const left = daysBetween(today, o.deadline);
  const running = status === 'onTrack' || status === 'offTrack';
  const scope = channel
    ? t('kpis.objectives.scope.channel', { network: networkName(t, channel.network), handle: channel.handle })
    : t('kpis.objectives.scope.client');
  const first = o.series[0];
  const last = o.series.at(-1);
  const short = (d: string) => format(noonOf(d), 'd MMM', { locale });
  const growthText = useGrowthBasisText();

  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.head}>
        <h2 id={titleId} className={styles.title}>
          {o.title}
        </h2>
        <span className={styles.status} data-status={status}>
          {t(`kpis.objectives.status.${status}`)}
        </span>
        <div className={styles.actions}>
          <Button size="small" variant="ghost" onClick={onEdit} aria-label={`${t('common.edit')} ${o.title}`}>
            {t('common.edit')}
          </Button>
          <Button
            size="small"
            variant="dangerGhost"
            onClick={onDelete}
            aria-label={`${t('common.delete')} ${o.title}`}
          >
            {t('common.delete')}
          </Button>
        </div>
      </div>
      <p className={styles.meta}>
        {t(`kpis.names.${o.kpi}`)} · {scope} · {t(`kpis.goals.${o.goal}`)}
      </p>
      {o.why && <p className={styles.why}>{o.why}</p>}
      <div className={styles.body}>
        <dl className={styles.figures}>
          <div>
            <dt>{t('kpis.objectives.baseline')}</dt>
            <dd>{show(o.baseline)}</dd>
          </div>
          <div>
            <dt>
              {t('kpis.objectives.current')}{' '}
              <span className={styles.measure}>({t(`kpis.objectives.measure.${o.measure}`)})</span>
            </dt>
            <dd title={kpiMissing(t, o.current) ?? undefined}>
              {o.current.value === null ? '—' : show(o.current.value)}
            </dd>
          </div>
          <div>
            <dt>{t('kpis.objectives.target')}</dt>
            <dd>{show(o.target)}</dd>
          </div>
        </dl>
        <Sparkline
          points={o.series}
          target={o.target}
          label={
            first && last
              ? t('kpis.objectives.sparkline', {
                  first: show(first.value),
                  firstDate: short(first.date),
                  last: show(last.value),
                  lastDate: short(last.date),
                })
              : t('kpis.objectives.sparklineEmpty')
          }
        />
      </div>
      {o.current.value === null && status !== 'notStarted' && (
        <p className={styles.why}>{kpiMissing(t, o.current)}</p>
      )}
      {o.growth && <p className={styles.why}>{growthText(o.growth)}</p>}
      {status === 'tooEarly' && o.knownFrom && (
        <p className={styles.why}>
          {t('kpis.objectives.knownFrom', { date: format(noonOf(o.knownFrom), 'd MMMM yyyy', { locale }) })}
        </p>
      )}
      <div className={styles.progress}>
        <div
          className={styles.track}
          role="progressbar"
          aria-label={t('kpis.objectives.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(bar)}
          aria-valuetext={
            percentText ? t('kpis.objectives.progressValue', { percent: percentText }) : undefined
          }
        >
          <div className={styles.fill} data-status={status} style={{ width: `${bar}%` }} />
        </div>
        <span className={styles.percent}>
          {percentText ? t('kpis.objectives.progressValue', { percent: percentText }) : '—'}
        </span>
      </div>
      <p className={styles.foot}>
        <span>{t('kpis.objectives.deadline', { date: deadline })}</span>
        {running && left >= 0 && <span>{t('kpis.objectives.daysLeft', { count: left })}</span>}
        {running && forecast !== null && (
          <span className={styles.forecast}>
            {t('kpis.objectives.forecast', { value: show(forecast), date: deadline })}
          </span>
        )}
      </p>
    </li>
  );
}
