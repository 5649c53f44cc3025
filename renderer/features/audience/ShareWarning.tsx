import { shareTotal } from '../../../shared/domain/segment.ts';
import { formatPercent } from '../../common/format/format-kpi.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './SegmentForm.module.css';
import { parseShare } from './share-parse.ts';

export type Breakdown = 'places' | 'ages' | 'genders';

/** The total of shares as typed; text that is not a number yet does not count. */
export function typedTotal(shares: readonly string[]) {
  return shareTotal(shares.map(parseShare).filter((n) => n === null || !Number.isNaN(n)));
}

/**
 * "Age bands add up to 85 %": shown while a breakdown's typed shares do not make 100. Only a
 * warning: estimates are rough, and saving stays allowed.
 */
export function ShareWarning({ id, breakdown, total }: { id: string; breakdown: Breakdown; total: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <p id={id} className={styles.warning}>
      {t(`audience.form.total.${breakdown}`, { total: formatPercent(total, language, 0, 1) })}
    </p>
  );
}
