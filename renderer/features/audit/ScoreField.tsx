import { useId, useRef } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './AuditView.module.css';

export const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * The user's score for one question, 1 (poor) to 5 (strong): native radios, so arrows move along
 * them and the choice is read out with its words; drawn as a row of five joined boxes.
 */
export function ScoreField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: number | null;
  /** null: not scored (yet), as the question starts. */
  onChange: (score: number | null) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  const row = useRef<HTMLDivElement>(null);
  return (
    <fieldset className={styles.score}>
      <legend className={styles.scoreLegend}>{legend}</legend>
      <div className={styles.scoreRow} ref={row}>
        {SCORES.map((s) => (
          <label key={s} className={styles.scoreBox}>
            <input
              type="radio"
              name={name}
              value={s}
              checked={value === s}
              onChange={() => onChange(s)}
              aria-label={t('audit.score.option', { score: s, word: t(`audit.score.words.${s}`) })}
            />
            <span className={styles.scoreNumber} aria-hidden="true">
              {s}
            </span>
            <span className={styles.scoreWord} aria-hidden="true">
              {t(`audit.score.words.${s}`)}
            </span>
          </label>
        ))}
        {value !== null && (
          <button
            type="button"
            className={styles.scoreClear}
            onClick={() => {
              onChange(null);
              // The button goes with the score: the keyboard stays on the question's boxes.
              row.current?.querySelector('input')?.focus();
            }}
          >
            {t('audit.score.clear')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
