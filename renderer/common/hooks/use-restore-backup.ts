import { useMutation } from '@tanstack/react-query';
import type { BackupInfo } from '../../../shared/domain/backup.ts';
import { call } from '../../api/call.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useToasts } from '../../ui/toast-context.ts';
import { explainFailure } from '../format/explain-failure.ts';
import { useAfterDataReplaced } from './after-data-replaced.ts';

/**
 * Puts a backup in place of the current data, then shows the whole app from it. Used from the
 * settings and from the screen shown when the data file could not be opened.
 */
export function useRestoreBackup() {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const afterDataReplaced = useAfterDataReplaced();
  return useMutation({
    mutationFn: (backup: BackupInfo) => call('backups.restore', { name: backup.name }),
    // A damaged backup says so in its own words (below), not as a generic failure.
    meta: { silent: true },
    onSuccess: async (restored, backup) => {
      const date = formatDateTime(backup.takenAt, language);
      toasts.show({
        title: t(restored.savedCurrentAs ? 'backups.restore.doneSaved' : 'backups.restore.done', { date }),
      });
      await afterDataReplaced();
    },
    onError: (error, backup) =>
      toasts.show({
        tone: 'error',
        title: t('backups.restore.failed', {
          date: formatDateTime(backup.takenAt, language),
          reason: explainFailure(t, error),
        }),
      }),
  });
}
