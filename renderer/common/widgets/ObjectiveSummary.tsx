import { format } from 'date-fns';
import { type ReactNode, useId } from 'react';
import { daysBetween, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { ObjectiveWithProgress } from '../../../shared/domain/objective-progress.ts';
import { KPI_INFO } from '../../../shared/kpi/catalogue.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import type { LanguageTools } from '../../i18n/use-translation-in.ts';
import { noonOf } from '../dates/calendar-period.ts';
import { growthBasisText } from '../format/figure-basis.ts';
import { formatPercent, kpiMissing } from '../format/format-kpi.ts';
import { networkName } from '../format/network-name.ts';
import { objectiveFigure } from '../format/objective-values.ts';

export interface ObjectiveSummaryProps {
  objective: ObjectiveWithProgress;
  /** Where it is measured; none for the client as a whole. */
  channel: { network: NetworkId; handle: string } | undefined;
  currency: string;
  /** The day the days left count from: today in the app, the day a report's figures were read. */
  today: IsoDate;
  /** The app's language, or a report's: a report speaks its client's. */
  words: LanguageTools;
  /**
   * The look, a CSS module with these class names: card, head, title, status, meta, why, note,
   * figures, progress, track, fill, percent, foot (body, measure and forecast where it has them).
   * The screen's card and the printed one say the same things, at their own sizes.
   */
  classes: Readonly<Record<string, string>>;
  heading: 'h2' | 'h3';
  /** After the status: the app's Edit and Delete. */
  actions?: ReactNode;
  /** Beside the figures: the app's sparkline. */
  aside?: ReactNode;
  /** Says beside "Now" how the figure is taken (latest level, recent weeks…). */
  measure?: boolean;
}

/** One objective: what, measured where, from → now → target, how far, whether on track, by when. */
export function ObjectiveSummary({
  objective: o,
  channel,
  currency,
  today,
  words: { t, language, locale },
  classes: styles,
  heading: Heading,
  actions,
  aside,
  measure = false,
}: ObjectiveSummaryProps) {
  const titleId = useId();
  const show = objectiveFigure(o, KPI_INFO[o.kpi].unit, language, currency);
  const { percent, forecast, status } = o.progress;
  const bar = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  const percentText = percent === null ? null : formatPercent(percent, language, 0);
  const longDay = (d: IsoDate) => format(noonOf(d), 'd MMMM yyyy', { locale });
  const deadline = longDay(o.deadline);
  const left = daysBetween(today, o.deadline);
  const running = status === 'onTrack' || status === 'offTrack';
  const scope = channel
    ? t('kpis.objectives.scope.channel', { network: networkName(t, channel.network), handle: channel.handle })
    : t('kpis.objectives.scope.client');
  const missing = kpiMissing(t, o.current);
  const figures = (
    <dl className={styles.figures}>
      <div>
        <dt>{t('kpis.objectives.baseline')}</dt>
        <dd>{show(o.baseline)}</dd>
      </div>
      <div>
        <dt>
          {t('kpis.objectives.current')}
          {measure && (
            <>
              {' '}
              <span className={styles.measure}>({t(`kpis.objectives.measure.${o.measure}`)})</span>
            </>
          )}
        </dt>
        <dd title={missing ?? undefined}>{o.current.value === null ? '—' : show(o.current.value)}</dd>
      </div>
      <div>
        <dt>{t('kpis.objectives.target')}</dt>
        <dd>{show(o.target)}</dd>
      </div>
    </dl>
  );
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Heading id={titleId} className={styles.title}>
          {o.title}
        </Heading>
        <span className={styles.status} data-status={status}>
          {t(`kpis.objectives.status.${status}`)}
        </span>
        {actions}
      </div>
      <p className={styles.meta}>
        {t(`kpis.names.${o.kpi}`)} · {scope} · {t(`kpis.goals.${o.goal}`)}
      </p>
      {o.why && <p className={styles.why}>{o.why}</p>}
      {aside ? (
        <div className={styles.body}>
          {figures}
          {aside}
        </div>
      ) : (
        figures
      )}
      {missing && status !== 'notStarted' && <p className={styles.note}>{missing}</p>}
      {o.growth && <p className={styles.note}>{growthBasisText(t, o.growth, language)}</p>}
      {status === 'tooEarly' && o.knownFrom && (
        <p className={styles.note}>{t('kpis.objectives.knownFrom', { date: longDay(o.knownFrom) })}</p>
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
