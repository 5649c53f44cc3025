import { useId } from 'react';
import { MEDIUM_KINDS, type MediumKind } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Fieldset } from '../../ui/Field.tsx';
import styles from './KindPicker.module.css';

export interface KindPickerProps {
  value: MediumKind;
  onChange: (kind: MediumKind) => void;
  error?: string;
}

/** The article's four kinds of social media, each with the one line that tells them apart. */
export function KindPicker({ value, onChange, error }: KindPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <Fieldset legend={t('channels.form.kind')} error={error} errorId={`${name}-error`}>
      <div className={styles.options}>
        {MEDIUM_KINDS.map((kind) => (
          <label key={kind} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={kind}
              checked={value === kind}
              onChange={() => onChange(kind)}
              aria-describedby={`${name}-${kind}`}
            />
            <span className={styles.label}>{t(`kinds.${kind}.label`)}</span>
            <span id={`${name}-${kind}`} className={styles.hint}>
              {t(`kinds.${kind}.hint`)}
            </span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
