import { useId } from 'react';
import { daysBetween } from '../../../../shared/calendar/dates.ts';
import type { ObjectiveWithProgress } from '../../../../shared/domain/objective-progress.ts';
import { KPI_INFO } from '../../../../shared/kpi/catalogue.ts';
import { formatPercent, kpiMissing } from '../../../common/format/format-kpi.ts';
import { networkName } from '../../../common/format/network-name.ts';
import { growthNote } from './figure-notes.ts';
import styles from './Objectives.module.css';
import { objectiveFigure } from './objective-figure.ts';
import { longDay } from './report-dates.ts';
import { useReportScope } from './report-scope.ts';
import { Note, Section } from './Section.tsx';

/** One objective as the app's card words it: what, where, from → now → target, how far, by when. */
function ObjectiveItem({ objective: o }: { objective: ObjectiveWithProgress }) {
  const { t, language, locale, currency, readOn, channel } = useReportScope();
  const titleId = useId();
  const show = objectiveFigure(o, KPI_INFO[o.kpi].unit, language, currency);
  const { percent, forecast, status } = o.progress;
  const bar = percent === null ? 0 : Math.min(100, Math.max(0, percent));
  const percentText = percent === null ? null : formatPercent(percent, language, 0);
  const deadline = longDay(o.deadline, locale);
  const left = daysBetween(readOn, o.deadline);
  const running = status === 'onTrack' || status === 'offTrack';
  const where = o.channelId ? channel(o.channelId) : undefined;
  const scope = where
    ? t('kpis.objectives.scope.channel', { network: networkName(t, where.network), handle: where.handle })
    : t('kpis.objectives.scope.client');
  const why = o.current.value === null && status !== 'notStarted' ? kpiMissing(t, o.current) : null;
  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <div className={styles.head}>
        <h3 id={titleId} className={styles.title}>
          {o.title}
        </h3>
        <span className={styles.status} data-status={status}>
          {t(`kpis.objectives.status.${status}`)}
        </span>
      </div>
      <p className={styles.meta}>
        {t(`kpis.names.${o.kpi}`)} · {scope} · {t(`kpis.goals.${o.goal}`)}
      </p>
      {o.why && <p className={styles.why}>{o.why}</p>}
      <dl className={styles.figures}>
        <div>
          <dt>{t('kpis.objectives.baseline')}</dt>
          <dd>{show(o.baseline)}</dd>
        </div>
        <div>
          <dt>{t('kpis.objectives.current')}</dt>
          <dd>{o.current.value === null ? '—' : show(o.current.value)}</dd>
        </div>
        <div>
          <dt>{t('kpis.objectives.target')}</dt>
          <dd>{show(o.target)}</dd>
        </div>
      </dl>
      {why && <p className={styles.note}>{why}</p>}
      {o.growth && <p className={styles.note}>{growthNote(t, o.growth, language)}</p>}
      {status === 'tooEarly' && o.knownFrom && (
        <p className={styles.note}>
          {t('kpis.objectives.knownFrom', { date: longDay(o.knownFrom, locale) })}
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
          <span>{t('kpis.objectives.forecast', { value: show(forecast), date: deadline })}</span>
        )}
      </p>
    </li>
  );
}

/** The objectives whose span meets the period, with their progress as it was read. */
export function Objectives() {
  const { t, figures, period } = useReportScope();
  return (
    <Section id="objectives">
      {figures.objectives.length === 0 ? (
        <Note>{t('reports.objectives.empty', { period })}</Note>
      ) : (
        <ul className={styles.list}>
          {figures.objectives.map((o) => (
            <ObjectiveItem key={o.id} objective={o} />
          ))}
        </ul>
      )}
    </Section>
  );
}
