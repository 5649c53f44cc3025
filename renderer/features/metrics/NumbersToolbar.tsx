import { useId } from 'react';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import { METRICS, type Metric } from '../../../shared/domain/metrics.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { CheckMenu } from '../../ui/CheckMenu.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import inputs from '../../ui/inputs.module.css';
import { columnName } from './grid-messages.ts';
import styles from './NumbersPage.module.css';
import { type NumbersPeriod, PERIOD_MODES, type PeriodMode } from './numbers-period.ts';

export interface NumbersToolbarProps {
  period: NumbersPeriod;
  /** The period's name: "16 – 22 Nov 2026", "November 2026", "Q4 2026". */
  title: string;
  onStep: (delta: number) => void;
  onCurrent: () => void;
  onMode: (mode: PeriodMode) => void;
  channels: readonly Channel[];
  channelIds: readonly string[];
  onChannels: (ids: string[]) => void;
  on: string;
  today: string;
  onAsOf: (day: string) => void;
  onFollowers: () => void;
  /** Opens the import of a network's analytics export. */
  onImport: () => void;
  /** The grid's columns the user does not log, and the currency spend is typed in. */
  hidden: ReadonlySet<Metric>;
  onHidden: (hidden: Metric[]) => void;
  currency: string;
}

/** Which posts (the period, the channels), as read on which day, and the weekly follower form. */
export function NumbersToolbar(props: NumbersToolbarProps) {
  const { period, channels, channelIds, on, today } = props;
  const { t } = useTranslation();
  const hintId = useId();
  const unit = period.mode;
  return (
    <>
      <div className={styles.toolbar}>
        <div className={styles.nav}>
          <Button onClick={props.onCurrent}>{t(`metrics.period.current.${unit}`)}</Button>
          <Button
            variant="ghost"
            onClick={() => props.onStep(-1)}
            aria-label={t(`metrics.period.previous.${unit}`)}
          >
            ‹
          </Button>
          <Button
            variant="ghost"
            onClick={() => props.onStep(1)}
            aria-label={t(`metrics.period.next.${unit}`)}
          >
            ›
          </Button>
          <h2 className={styles.period} aria-live="polite">
            {props.title}
          </h2>
        </div>
        <fieldset className={styles.modes}>
          <legend className="visually-hidden">{t('metrics.period.mode')}</legend>
          {PERIOD_MODES.map((mode) => (
            <label key={mode} className={styles.modeOption}>
              <input
                type="radio"
                name="numbers-period"
                value={mode}
                checked={period.mode === mode}
                onChange={() => props.onMode(mode)}
              />
              {t(`metrics.period.modes.${mode}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <div className={styles.toolbar}>
        <div className={styles.tools}>
          <CheckMenu
            label={t('metrics.filters.channel')}
            options={channels.map((c) => ({
              value: c.id,
              label: `${c.handle} · ${networkName(t, c.network)}`,
            }))}
            checked={channelIds}
            onChange={props.onChannels}
          />
          <CheckMenu
            label={t('metrics.filters.columns')}
            options={METRICS.map((metric) => ({
              value: metric,
              label: columnName(t, metric, props.currency),
            }))}
            checked={METRICS.filter((metric) => !props.hidden.has(metric))}
            onChange={(shown) => props.onHidden(METRICS.filter((metric) => !shown.includes(metric)))}
          />
          <div className={styles.asOf}>
            <label htmlFor={`${hintId}-on`} className={styles.asOfLabel}>
              {t('metrics.asOf.label')}
            </label>
            <DateInput
              id={`${hintId}-on`}
              className={`${inputs.input} ${styles.asOfInput}`}
              value={on}
              aria-describedby={hintId}
              onChange={(day) => {
                if (isIsoDate(day) && day <= today) props.onAsOf(day);
              }}
            />
          </div>
          <span id={hintId} className={styles.asOfHint}>
            {t('metrics.asOf.hint')}
          </span>
        </div>
        <div className={styles.tools}>
          <Button onClick={props.onImport}>{t('numbersImport.open')}</Button>
          <Button onClick={props.onFollowers}>{t('metrics.followers.open')}</Button>
        </div>
      </div>
    </>
  );
}
