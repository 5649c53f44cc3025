import { useId } from 'react';
import { CLIENT_COLORS } from '../../shared/domain/client.ts';
import { useTranslation } from '../i18n/context.tsx';
import styles from './ColorPicker.module.css';
import { Fieldset } from './Field.tsx';

/** Names for the palette in shared/domain/client.ts, in the same order. */
const COLOR_NAMES = [
  'vermilion',
  'saffron',
  'green',
  'blue',
  'violet',
  'raspberry',
  'slate',
  'teal',
] as const;

export interface ColorPickerProps {
  value: string;
  onChange: (color: string) => void;
  error?: string;
}

/** The palette as radio swatches, plus the system colour picker for anything else. */
export function ColorPicker({ value, onChange, error }: ColorPickerProps) {
  const { t } = useTranslation();
  const name = useId();
  const errorId = `${name}-error`;
  const inPalette = CLIENT_COLORS.some((c) => c.toLowerCase() === value.toLowerCase());
  return (
    <Fieldset legend={t('clients.form.color')} error={error} errorId={errorId}>
      <div className={styles.swatches}>
        {CLIENT_COLORS.map((color, i) => (
          <label key={color} className={styles.swatch}>
            <input
              type="radio"
              name={name}
              value={color}
              checked={color.toLowerCase() === value.toLowerCase()}
              onChange={() => onChange(color)}
              aria-label={t(`colors.${COLOR_NAMES[i] ?? 'slate'}`)}
            />
            <span className={styles.chip} style={{ background: color }} />
          </label>
        ))}
        <label className={[styles.custom, !inPalette && styles.customActive].filter(Boolean).join(' ')}>
          {t('clients.form.customColor')}
          <input type="color" value={value} onChange={(e) => onChange(e.target.value.toUpperCase())} />
        </label>
      </div>
    </Fieldset>
  );
}
