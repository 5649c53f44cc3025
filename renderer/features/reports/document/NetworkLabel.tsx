import { NETWORKS, type NetworkId } from '../../../../shared/networks.ts';
import { networkName } from '../../../common/format/network-name.ts';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';

/**
 * A network's mark and name in the report's language (the app's NetworkBadge speaks the app's),
 * with the handle when there is one.
 */
export function NetworkLabel({ network, handle }: { network: NetworkId; handle?: string | undefined }) {
  const { t } = useReportScope();
  const info = NETWORKS[network];
  return (
    <span className={styles.network}>
      <span
        aria-hidden="true"
        className={styles.mark}
        data-mark={info.mark}
        style={{ background: info.color }}
      />
      {networkName(t, network)}
      {handle && <span className={styles.handle}>{handle}</span>}
    </span>
  );
}
