import { useId } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import { ENGAGEMENT_BASES, type EngagementBasis } from '../../../shared/kpi/formulas.ts';
import {
  customIssue,
  PERIOD_KINDS,
  type PeriodChoice,
  rangeOf,
  stepPeriod,
  withKind,
} from '../../common/dates/kpi-period.ts';
import { PeriodNav } from '../../common/widgets/PeriodNav.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './DashboardPage.module.css';

export interface DashboardToolbarProps {
  choice: PeriodChoice;
  onChoice: (choice: PeriodChoice) => void;
  today: IsoDate;
  /** The period's name ("October 2026") and the compared one's. */
  title: string;
  comparedWith: string | null;
  basis: EngagementBasis;
  onBasis: (basis: EngagementBasis) => void;
}

/** Which period (a kind, previous/next, or two dates) and on which basis the engagement rate is computed. */
export function DashboardToolbar({
  choice,
  onChoice,
  today,
  title,
  comparedWith,
  basis,
  onBasis,
}: DashboardToolbarProps) {
  const { t } = useTranslation();
  const base = useId();
  const issue = choice.kind === 'custom' ? customIssue(choice.start, choice.end) : null;
  // Steps need a valid period; nothing is published in the future, so the next one must have begun.
  const next = issue === null ? stepPeriod(choice, 1) : null;
  const nextFrom = next ? rangeOf(next)?.from : undefined;
  const canGoNext = nextFrom !== undefined && nextFrom <= today;
  const issueText = issue === 'rangeTooLong' ? t('kpis.period.tooLong') : issue ? t(`issues.${issue}`) : null;

  return (
    <div className={styles.toolbar}>
      <PeriodNav
        kinds={PERIOD_KINDS}
        kind={choice.kind}
        onKind={(kind) => onChoice(withKind(choice, kind))}
        onPrevious={issue === null ? () => onChoice(stepPeriod(choice, -1)) : undefined}
        onNext={next && canGoNext ? () => onChoice(next) : undefined}
        title={title}
        comparedWith={comparedWith}
      />
      <div className={styles.tools}>
        {choice.kind === 'custom' && (
          <div className={styles.custom}>
            <div className={styles.inline}>
              <label className={styles.inlineLabel} htmlFor={`${base}-from`}>
                {t('kpis.period.from')}
              </label>
              <DateInput
                id={`${base}-from`}
                className={inputs.input}
                value={choice.start}
                aria-invalid={issue !== null || undefined}
                aria-describedby={issueText ? `${base}-issue` : undefined}
                onChange={(day) => onChoice({ ...choice, start: day })}
              />
            </div>
            <div className={styles.inline}>
              <label className={styles.inlineLabel} htmlFor={`${base}-to`}>
                {t('kpis.period.to')}
              </label>
              <DateInput
                id={`${base}-to`}
                className={inputs.input}
                value={choice.end}
                aria-invalid={issue !== null || undefined}
                aria-describedby={issueText ? `${base}-issue` : undefined}
                onChange={(day) => onChoice({ ...choice, end: day })}
              />
            </div>
            {issueText && (
              <span id={`${base}-issue`} className={styles.issue} role="alert">
                {issueText}
              </span>
            )}
          </div>
        )}
        <div className={styles.inline}>
          <label className={styles.inlineLabel} htmlFor={`${base}-basis`}>
            {t('kpis.basis.label')}
          </label>
          <select
            id={`${base}-basis`}
            className={inputs.select}
            value={basis}
            title={t('kpis.basis.hint')}
            aria-describedby={`${base}-basis-hint`}
            onChange={(e) => onBasis(e.target.value as EngagementBasis)}
          >
            {ENGAGEMENT_BASES.map((b) => (
              <option key={b} value={b}>
                {t(`kpis.bases.${b}`)}
              </option>
            ))}
          </select>
          <span id={`${base}-basis-hint`} className="visually-hidden">
            {t('kpis.basis.hint')}
          </span>
        </div>
      </div>
    </div>
  );
}
