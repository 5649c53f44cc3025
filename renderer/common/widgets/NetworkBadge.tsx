import type { ReactNode } from 'react';
import { NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import type { TFunction } from '../../i18n/keys.ts';
import { networkName } from '../format/network-name.ts';
import styles from './NetworkBadge.module.css';

export interface NetworkBadgeProps {
  network: NetworkId;
  /** A document's own words (a report in its client's language); the app's otherwise. */
  t?: TFunction;
  /** After the name, inside the badge: a report's handle. */
  children?: ReactNode;
}

/** A network's mark and name; the mark's size comes from the `--network-mark-*` properties around it. */
export function NetworkBadge({ network, t: words, children }: NetworkBadgeProps) {
  const { t } = useTranslation();
  const info = NETWORKS[network];
  return (
    <span className={styles.badge}>
      <span
        aria-hidden="true"
        className={styles.mark}
        data-mark={info.mark}
        style={{ background: info.color }}
      />
      {networkName(words ?? t, network)}
      {children}
    </span>
  );
}
