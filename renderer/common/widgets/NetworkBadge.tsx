import { NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { networkName } from '../format/network-name.ts';
import styles from './NetworkBadge.module.css';

export function NetworkBadge({ network }: { network: NetworkId }) {
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
      {networkName(t, network)}
    </span>
  );
}
