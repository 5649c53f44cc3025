import { useId } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import type { PeriodKind } from '../dates/kpi-period.ts';
import styles from './PeriodNav.module.css';

export interface PeriodNavProps {
  kinds: readonly PeriodKind[];
  /** The kind ticked. */
  kind: PeriodKind;
  onKind: (kind: PeriodKind) => void;
  /** Absent when there is no period to step to (an invalid custom range, a period still to come). */
  onPrevious?: () => void;
  onNext?: () => void;
  /** The period's name ("October 2026"), and the one it is compared with, when it is. */
  title: string;
  comparedWith: string | null;
}

/** Which period a screen's figures are for: a kind (week, month…), the one before or after, its name. */
export function PeriodNav({ kinds, kind, onKind, onPrevious, onNext, title, comparedWith }: PeriodNavProps) {
  const { t } = useTranslation();
  const base = useId();
  return (
    <div className={styles.nav}>
      <fieldset className={styles.kinds}>
        <legend className="visually-hidden">{t('kpis.period.label')}</legend>
        {kinds.map((k) => (
          <label key={k} className={styles.kind}>
            <input
              type="radio"
              name={`${base}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => onKind(k)}
            />
            {t(`kpis.period.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <Button
        variant="ghost"
        onClick={onPrevious}
        aria-label={t('kpis.period.previous')}
        title={t('kpis.period.previous')}
        disabled={!onPrevious}
      >
        ‹
      </Button>
      <Button
        variant="ghost"
        onClick={onNext}
        aria-label={t('kpis.period.next')}
        title={t('kpis.period.next')}
        disabled={!onNext}
      >
        ›
      </Button>
      <div className={styles.name}>
        <h2 className={styles.period} aria-live="polite">
          {title}
        </h2>
        {comparedWith && (
          <p className={styles.compared}>{t('kpis.period.comparedWith', { period: comparedWith })}</p>
        )}
      </div>
    </div>
  );
}
