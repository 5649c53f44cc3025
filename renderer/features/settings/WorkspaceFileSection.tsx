import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { WORKSPACE_FILE_EXTENSION } from '../../../shared/domain/workspace-file.ts';
import { call } from '../../api/call.ts';
import { downloadExport } from '../../common/files/download-export.ts';
import { formatSize } from '../../common/format/format-size.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import progress from '../../ui/progress-line.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import styles from './SettingsPage.module.css';
import { useWorkspaceImport } from './use-workspace-import.ts';

/** The whole workspace in one file: export it to keep or move it, import one to replace everything. */
export function WorkspaceFileSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const picker = useRef<HTMLInputElement>(null);
  const importing = useWorkspaceImport();
  const { state } = importing;
  const busy = state.step === 'sending' || state.step === 'checking';

  const exporting = useMutation({
    mutationFn: () => call('workspace.export', undefined),
    onSuccess: (file) => {
      downloadExport(file);
      toasts.show({
        title: t('backups.workspace.export.done', {
          name: file.name,
          size: formatSize(file.size, language),
          count: file.attachments,
        }),
      });
    },
  });

  return (
    <section className={styles.card} aria-labelledby="settings-workspace-file">
      <h2 id="settings-workspace-file">{t('backups.workspace.title')}</h2>
      <p className={styles.intro}>{t('backups.workspace.intro')}</p>
      <div className={styles.actions}>
        <Button onClick={() => exporting.mutate()} disabled={exporting.isPending || busy}>
          {t('backups.workspace.export.label')}
        </Button>
        <Button onClick={() => picker.current?.click()} disabled={exporting.isPending || busy}>
          {t('backups.workspace.import.label')}
        </Button>
        <input
          ref={picker}
          type="file"
          accept={WORKSPACE_FILE_EXTENSION}
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('backups.workspace.import.label')}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) importing.choose(file);
          }}
        />
      </div>
      <p className={styles.hint}>{t('backups.workspace.import.hint')}</p>
      {exporting.isPending && (
        <p role="status" className={`${progress.line} ${styles.status}`}>
          <progress aria-hidden="true" />
          {t('backups.workspace.export.pending')}
        </p>
      )}
      {state.step === 'sending' && (
        <div className={`${progress.line} ${styles.status}`}>
          <progress
            max={1}
            value={state.progress}
            aria-label={t('backups.workspace.import.sendingLabel', { name: state.file.name })}
          />
          <span>
            {t('backups.workspace.import.sending', {
              name: state.file.name,
              percent: new Intl.NumberFormat(language, { style: 'percent' }).format(state.progress),
            })}
          </span>
          <Button size="small" onClick={importing.cancel}>
            {t('backups.workspace.import.cancel')}
          </Button>
        </div>
      )}
      {state.step === 'checking' && (
        <p role="status" className={`${progress.line} ${styles.status}`}>
          <progress aria-hidden="true" />
          {t('backups.workspace.import.checking')}
        </p>
      )}
      {state.step === 'failed' && (
        <FormAlert
          message={t('backups.workspace.import.failed', { name: state.file.name, reason: state.message })}
        />
      )}
      {state.step === 'confirm' && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && importing.dismiss()}
          title={t('backups.workspace.import.title', { name: state.file.name })}
          description={t('backups.workspace.import.body')}
          cancelLabel={t('common.cancel')}
          confirmLabel={t('backups.workspace.import.confirm')}
          onConfirm={importing.confirm}
        />
      )}
    </section>
  );
}
