import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './SegmentForm.module.css';

export interface NetworksFieldProps {
  value: readonly NetworkId[];
  onChange: (networks: NetworkId[]) => void;
  error?: string;
  errorId: string;
}

/** The networks the segment uses most, ticked from the catalogue. */
export function NetworksField({ value, onChange, error, errorId }: NetworksFieldProps) {
  const { t } = useTranslation();
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>{t('audience.form.networks')}</legend>
      <div className={styles.networks}>
        {NETWORK_IDS.map((network) => (
          <label key={network} className={`${inputs.check} ${styles.network}`}>
            <input
              type="checkbox"
              checked={value.includes(network)}
              onChange={(e) =>
                // Kept in the catalogue's order, whatever order they were ticked in.
                onChange(NETWORK_IDS.filter((n) => (n === network ? e.target.checked : value.includes(n))))
              }
            />
            <NetworkBadge network={network} />
          </label>
        ))}
      </div>
      {error && (
        <span id={errorId} className={styles.error}>
          {error}
        </span>
      )}
    </fieldset>
  );
}
