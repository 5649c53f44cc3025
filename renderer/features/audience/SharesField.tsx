import { useTranslation } from '../../i18n/context.tsx';
import { controlProps } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './SegmentForm.module.css';
import { type Breakdown, ShareWarning, typedTotal } from './ShareWarning.tsx';
import { shareIssue } from './share-parse.ts';

export interface SharesFieldProps<K extends string> {
  id: string;
  legend: string;
  breakdown: Exclude<Breakdown, 'places'>;
  keys: readonly K[];
  label: (key: K) => string;
  values: Record<K, string>;
  onChange: (values: Record<K, string>) => void;
  /** Translated issue per key, from the last save. */
  errors: Partial<Record<K, string>>;
}

/** One share per band (age bands, genders), each typed in percent, with their total checked. */
export function SharesField<K extends string>({
  id,
  legend,
  breakdown,
  keys,
  label,
  values,
  onChange,
  errors,
}: SharesFieldProps<K>) {
  const { t } = useTranslation();
  const warningId = `${id}-total`;
  const { total, off } = typedTotal(keys.map((k) => values[k]));
  // What is typed is checked at once; a refusal from the last save stays until the share changes.
  const errorOf = (key: K): string | undefined => {
    const typed = shareIssue(values[key]);
    return typed ? t(`issues.${typed}`) : errors[key];
  };
  return (
    <fieldset className={styles.group} aria-describedby={off ? warningId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.shares}>
        {keys.map((key) => {
          const inputId = `${id}-${key}`;
          const error = errorOf(key);
          return (
            <div key={key} className={styles.share}>
              <label htmlFor={inputId} className={styles.shareLabel}>
                {label(key)}
              </label>
              <span className={styles.percent}>
                <input
                  {...controlProps(inputId, undefined, error)}
                  className={inputs.input}
                  inputMode="decimal"
                  autoComplete="off"
                  value={values[key]}
                  onChange={(e) => onChange({ ...values, [key]: e.target.value })}
                />
                <span aria-hidden="true">%</span>
              </span>
            </div>
          );
        })}
      </div>
      {keys.some((k) => errorOf(k)) && (
        // Under the whole row, each naming its band: a box this narrow cannot hold a sentence.
        <ul className={styles.shareErrors}>
          {keys.map((key) =>
            errorOf(key) ? (
              <li key={key} id={`${id}-${key}-error`} className={styles.error}>
                {t('audience.form.shareError', { band: label(key), message: errorOf(key) })}
              </li>
            ) : null,
          )}
        </ul>
      )}
      {off && <ShareWarning id={warningId} breakdown={breakdown} total={total} />}
    </fieldset>
  );
}
