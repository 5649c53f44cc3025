import { useTranslation } from '../../i18n/context.tsx';
import { Hint } from '../../ui/Hint.tsx';
import styles from './KpiCards.module.css';

/** A small "?" beside a KPI's name: its formula and basis on hover and on keyboard focus. */
export function FormulaHint({ name, formula }: { name: string; formula: string }) {
  const { t } = useTranslation();
  return (
    <Hint text={formula}>
      <button type="button" className={styles.about} aria-label={t('kpis.formulas.about', { name })}>
        ?
      </button>
    </Hint>
  );
}
