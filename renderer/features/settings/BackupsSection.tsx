import { useState } from 'react';
import type { BackupInfo } from '../../../shared/domain/backup.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useBackups, useCreateBackup, useDeleteBackup } from '../../common/data/backup-queries.ts';
import { formatSize } from '../../common/format/format-size.ts';
import { useRestoreBackup } from '../../common/hooks/use-restore-backup.ts';
import { BackupTable } from '../../common/widgets/BackupTable.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import facts from '../../ui/facts.module.css';
import progress from '../../ui/progress-line.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import { KeepBackups } from './KeepBackups.tsx';
import styles from './SettingsPage.module.css';

/** The backups the user can see: make one now, restore one, delete their own, choose how many stay. */
export function BackupsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const list = useBackups().data;
  const create = useCreateBackup();
  const remove = useDeleteBackup();
  const restore = useRestoreBackup();
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const [deleting, setDeleting] = useState<BackupInfo | null>(null);
  const dateOf = (backup: BackupInfo) => formatDateTime(backup.takenAt, language);

  const backUpNow = () =>
    afterSuccess(create.mutateAsync(undefined), (made) =>
      toasts.show({
        title: t('backups.create.done', { date: dateOf(made), size: formatSize(made.size, language) }),
      }),
    );
  const onDelete = (backup: BackupInfo) =>
    afterSuccess(remove.mutateAsync({ name: backup.name }), () =>
      toasts.show({ title: t('backups.delete.done', { date: dateOf(backup) }) }),
    );

  return (
    <section className={styles.card} aria-labelledby="settings-backups" aria-busy={restore.isPending}>
      <div className={styles.cardHeader}>
        <h2 id="settings-backups">{t('backups.section.title')}</h2>
        <Button onClick={backUpNow} disabled={create.isPending || restore.isPending}>
          {create.isPending ? t('backups.create.pending') : t('backups.create.label')}
        </Button>
      </div>
      <p className={styles.intro}>{t('backups.section.intro')}</p>
      {restore.isPending && (
        <p role="status" className={`${progress.line} ${styles.status}`}>
          <progress aria-hidden="true" />
          {t('backups.restore.pending', { date: dateOf(restore.variables) })}
        </p>
      )}
      {list && list.items.length === 0 && (
        <EmptyState title={t('backups.empty.title')} headingLevel="h3">
          {t('backups.empty.body')}
        </EmptyState>
      )}
      {list && list.items.length > 0 && (
        <BackupTable items={list.items} onRestore={setRestoring} onDelete={setDeleting} />
      )}
      {list && (
        <>
          <KeepBackups list={list} />
          <p className={styles.folder}>
            {t('backups.section.folder')} <span className={facts.path}>{list.folder}</span>
          </p>
        </>
      )}
      {restoring && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setRestoring(null)}
          title={t('backups.restore.title', { date: dateOf(restoring) })}
          description={t('backups.restore.body', { date: dateOf(restoring) })}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('backups.restore.confirm')}
          onConfirm={() => restore.mutate(restoring)}
        />
      )}
      {deleting && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setDeleting(null)}
          title={t('backups.delete.title', { date: dateOf(deleting) })}
          description={t('backups.delete.body')}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('backups.delete.confirm')}
          onConfirm={() => onDelete(deleting)}
        />
      )}
    </section>
  );
}
