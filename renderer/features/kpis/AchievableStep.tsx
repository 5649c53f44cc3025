import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './ObjectiveForm.module.css';
import type { ObjectiveErrors } from './objective-form-values.ts';
import { SmartStep } from './SmartStep.tsx';

export interface AchievableStepProps {
  id: (field: string) => string;
  baseline: string;
  target: string;
  /** Where the suggested baseline comes from, then the unit. */
  baselineHint: string;
  unitHint: string;
  errors: ObjectiveErrors;
  /** Puts the suggested baseline back; null when it is already there or there is none. */
  offer: (() => void) | null;
  onChange: (key: 'baseline' | 'target', text: string) => void;
}

/** A: from where to where, in the KPI's unit. */
export function AchievableStep({
  id,
  baseline,
  target,
  baselineHint,
  unitHint,
  errors,
  offer,
  onChange,
}: AchievableStepProps) {
  const { t } = useTranslation();
  return (
    <SmartStep
      letter="A"
      title={t('kpis.objectives.form.achievable')}
      hint={t('kpis.objectives.form.achievableHint')}
    >
      <div className={styles.row}>
        <Field
          id={id('baseline')}
          label={t('kpis.objectives.form.baseline')}
          hint={baselineHint}
          error={errors.baseline}
        >
          <div className={styles.withAction}>
            <input
              {...controlProps(id('baseline'), baselineHint, errors.baseline)}
              className={inputs.input}
              inputMode="decimal"
              value={baseline}
              onChange={(e) => onChange('baseline', e.target.value)}
              aria-required="true"
            />
            {offer && (
              <Button size="small" onClick={offer}>
                {t('kpis.objectives.form.useSuggestion')}
              </Button>
            )}
          </div>
        </Field>
        <Field
          id={id('target')}
          label={t('kpis.objectives.form.target')}
          hint={unitHint}
          error={errors.target}
        >
          <input
            {...controlProps(id('target'), unitHint, errors.target)}
            className={inputs.input}
            inputMode="decimal"
            value={target}
            onChange={(e) => onChange('target', e.target.value)}
            aria-required="true"
          />
        </Field>
      </div>
    </SmartStep>
  );
}
