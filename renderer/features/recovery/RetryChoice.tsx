import { explainFailure } from '../../common/format/explain-failure.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import styles from './RecoveryScreen.module.css';
import { useRecovery } from './use-recovery.ts';

/** Once the user has freed space, closed the other window or fixed the permissions. */
export function RetryChoice() {
  const { t } = useTranslation();
  const { retry, stillFailing } = useRecovery();
  return (
    <>
      <div className={styles.actions}>
        <Button variant="primary" size="large" disabled={retry.isPending} onClick={() => retry.mutate()}>
          {retry.isPending ? t('backups.recovery.retrying') : t('backups.recovery.retry')}
        </Button>
      </div>
      <FormAlert
        message={
          stillFailing ? t('backups.recovery.still') : retry.isError ? explainFailure(t, retry.error) : null
        }
      />
    </>
  );
}
