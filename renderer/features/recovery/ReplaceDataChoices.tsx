import { useState } from 'react';
import { useBackups } from '../../common/data/backup-queries.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import { useRestoreBackup } from '../../common/hooks/use-restore-backup.ts';
import { BackupTable } from '../../common/widgets/BackupTable.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import progress from '../../ui/progress-line.module.css';
import styles from './RecoveryScreen.module.css';
import { useRecovery } from './use-recovery.ts';

/**
 * The damaged file is out of the way: the latest backup brings the work back, an older one if that
 * one fails too, or an empty workspace when there is no backup at all. Nothing here can lose data
 * (there is no current data), so only the empty start asks first: it is the one the user may regret.
 */
export function ReplaceDataChoices() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useBackups().data;
  const restore = useRestoreBackup();
  const { startEmpty, stillFailing } = useRecovery();
  const [confirming, setConfirming] = useState(false);
  if (!list) return null;
  const [latest, ...others] = list.items;
  const busy = restore.isPending || startEmpty.isPending;

  return (
    <>
      {latest ? (
        <p className={styles.body}>{t('backups.recovery.next')}</p>
      ) : (
        <p className={styles.body}>{t('backups.recovery.noBackup', { folder: list.folder })}</p>
      )}
      <div className={styles.actions}>
        {latest && (
          <Button variant="primary" size="large" disabled={busy} onClick={() => restore.mutate(latest)}>
            {t('backups.recovery.restoreLatest', { date: formatDateTime(latest.takenAt, language) })}
          </Button>
        )}
        <Button
          variant={latest ? 'default' : 'primary'}
          size="large"
          disabled={busy}
          onClick={() => setConfirming(true)}
        >
          {t('backups.recovery.startEmpty.label')}
        </Button>
      </div>
      {restore.isPending && (
        <p role="status" className={`${progress.line} ${styles.status}`}>
          <progress aria-hidden="true" />
          {t('backups.restore.pending', { date: formatDateTime(restore.variables.takenAt, language) })}
        </p>
      )}
      <FormAlert
        message={
          stillFailing
            ? t('backups.recovery.still')
            : startEmpty.isError
              ? explainFailure(t, startEmpty.error)
              : null
        }
      />
      {others.length > 0 && (
        <section className={styles.others} aria-labelledby="recovery-others">
          <h2 id="recovery-others">{t('backups.recovery.others')}</h2>
          <BackupTable items={others} onRestore={(backup) => restore.mutate(backup)} />
        </section>
      )}
      {confirming && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(false)}
          title={t('backups.recovery.startEmpty.title')}
          description={t('backups.recovery.startEmpty.body')}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('backups.recovery.startEmpty.confirm')}
          onConfirm={() => startEmpty.mutate()}
        />
      )}
    </>
  );
}
