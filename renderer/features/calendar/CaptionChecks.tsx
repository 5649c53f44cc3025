import { checkCaption } from '../../../shared/caption/check.ts';
import type { NetworkId } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './Composer.module.css';

/** The network's limits measured on the caption as it is typed: warnings with what is left, never a cut. */
export function CaptionChecks({ network, caption, id }: { network: NetworkId; caption: string; id: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Rendered even when empty: the caption field points at it for screen readers.
  const checks = checkCaption(network, caption);
  return (
    <ul id={id} className={styles.checks} aria-label={t('composer.checks.label')}>
      {checks.map((check) => {
        const over = check.remaining < 0;
        return (
          <li key={check.kind} className={over ? styles.over : undefined}>
            <span>{t(`composer.checks.${check.kind}`)}</span>
            <span className={styles.checkCount}>
              {formatNumber(check.used, language)} / {formatNumber(check.max, language)}
            </span>
            <span className={styles.checkLeft}>
              {over
                ? t('composer.checks.over', {
                    count: -check.remaining,
                    n: formatNumber(-check.remaining, language),
                  })
                : t('composer.checks.left', {
                    count: check.remaining,
                    n: formatNumber(check.remaining, language),
                  })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
