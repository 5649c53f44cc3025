import type { BackupInfo } from '../../../shared/domain/backup.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DataTable, type RowAction, RowActions } from '../../ui/DataTable.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import { formatSize } from '../format/format-size.ts';

export interface BackupTableProps {
  items: readonly BackupInfo[];
  onRestore: (backup: BackupInfo) => void;
  /** Absent where deleting makes no sense (the recovery screen). */
  onDelete?: (backup: BackupInfo) => void;
}

/** Backups, newest first: when, why it was made, how big; restore any, delete those the user owns. */
export function BackupTable({ items, onRestore, onDelete }: BackupTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable headers={[t('backups.columns.takenAt'), t('backups.columns.kind'), t('backups.columns.size')]}>
      {items.map((backup) => {
        const date = formatDateTime(backup.takenAt, language);
        const actions: RowAction[] = [{ label: t('backups.restore.label'), run: () => onRestore(backup) }];
        // Automatic backups rotate on their own; deleting one by hand would only leave a gap.
        if (onDelete && backup.kind !== 'auto')
          actions.push({
            label: t('backups.delete.label'),
            variant: 'dangerGhost',
            run: () => onDelete(backup),
          });
        return (
          <tr key={backup.name}>
            <td className={`${ts.fill} ${ts.nowrap}`}>{date}</td>
            <td className={ts.nowrap}>{t(`backups.kinds.${backup.kind}`)}</td>
            <td className={`${ts.num} ${ts.nowrap}`}>{formatSize(backup.size, language)}</td>
            <RowActions name={t('backups.rowName', { date })} actions={actions} />
          </tr>
        );
      })}
    </DataTable>
  );
}
