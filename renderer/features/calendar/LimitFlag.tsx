import { useMemo } from 'react';
import { checkCaption, overLimit } from '../../../shared/caption/check.ts';
import { NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import styles from './LimitFlag.module.css';

/**
 * Says a caption is over its network's limits wherever the post shows (card, list, copy and
 * duplicate dialogs), not only in the composer: "Over X's limits: characters 292 / 280".
 * `short` (a card) shows only a sign and a word, the whole sentence being its tooltip and spoken text.
 */
export function LimitFlag({
  network,
  caption,
  short = false,
}: {
  network: NetworkId;
  caption: string;
  short?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const over = useMemo(() => overLimit(checkCaption(network, caption)), [network, caption]);
  if (over.length === 0) return null;
  const details = over
    .map((check) =>
      t('planning.limits.detail', {
        kind: t(`composer.checks.${check.kind}`),
        used: formatNumber(check.used, language),
        max: formatNumber(check.max, language),
      }),
    )
    .join(', ');
  const sentence = t('planning.limits.over', { network: NETWORKS[network].name, details });
  return (
    <span
      className={short ? `${styles.flag} ${styles.short}` : styles.flag}
      title={short ? sentence : undefined}
      data-limit-flag=""
    >
      <span aria-hidden="true">⚠</span>{' '}
      {short ? (
        <>
          <span aria-hidden="true">{t('planning.limits.short')}</span>
          <span className="visually-hidden">{sentence}</span>
        </>
      ) : (
        <span>{sentence}</span>
      )}
    </span>
  );
}
