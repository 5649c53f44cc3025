import { useId, useState } from 'react';
import type { BackupList } from '../../../shared/domain/backup.ts';
import { useSetBackupsKeep } from '../../common/data/backup-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './SettingsPage.module.css';

/** Enough steps to choose from a week to three months of daily copies, without typing a number. */
const CHOICES = [1, 2, 3, 5, 7, 10, 14, 20, 30, 50, 100];

/**
 * How many automatic backups stay. Lowering it deletes the oldest at once, so when that would
 * delete some the user is told how many first.
 */
export function KeepBackups({ list }: { list: BackupList }) {
  const { t } = useTranslation();
  const id = useId();
  const setKeep = useSetBackupsKeep();
  const [asking, setAsking] = useState<number | null>(null);
  const automatic = list.items.filter((b) => b.kind === 'auto').length;
  const choices = CHOICES.includes(list.keep) ? CHOICES : [...CHOICES, list.keep].sort((a, b) => a - b);

  const choose = (keep: number) => (automatic > keep ? setAsking(keep) : setKeep.mutate({ keep }));

  return (
    <div className={styles.keep}>
      <Field id={id} label={t('backups.keep.label')} hint={t('backups.keep.hint')}>
        <select
          {...controlProps(id, t('backups.keep.hint'))}
          className={inputs.select}
          value={asking ?? (setKeep.isPending ? setKeep.variables?.keep : undefined) ?? list.keep}
          disabled={setKeep.isPending}
          onChange={(e) => choose(Number(e.target.value))}
        >
          {choices.map((n) => (
            <option key={n} value={n}>
              {t('backups.keep.option', { count: n })}
            </option>
          ))}
        </select>
      </Field>
      {asking !== null && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setAsking(null)}
          title={t('backups.keep.title', { count: asking })}
          description={t('backups.keep.body', { count: automatic - asking })}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('backups.keep.confirm')}
          onConfirm={() => setKeep.mutate({ keep: asking })}
        />
      )}
    </div>
  );
}
