import type { NetworkId } from '../../../../shared/networks.ts';
import { NetworkBadge } from '../../../common/widgets/NetworkBadge.tsx';
import styles from './ReportDocument.module.css';
import { useReportScope } from './report-scope.ts';

/** The app's network badge in the report's language, with the handle when there is one. */
export function NetworkLabel({ network, handle }: { network: NetworkId; handle?: string | undefined }) {
  const { t } = useReportScope();
  return (
    <NetworkBadge network={network} t={t}>
      {handle && <span className={styles.handle}>{handle}</span>}
    </NetworkBadge>
  );
}
