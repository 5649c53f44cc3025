import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import styles from './ShortcutsDialog.module.css';
import { shortcutList } from './shortcuts.ts';

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <dl className={styles.list}>
        {shortcutList().map((s) => (
          <Fragment key={s.action}>
            <dt className={styles.keys}>
              {s.keys.map((k) => (
                <kbd key={k}>{k}</kbd>
              ))}
            </dt>
            <dd className={styles.label}>{t(`shortcuts.${s.action}`)}</dd>
          </Fragment>
        ))}
      </dl>
    </Dialog>
  );
}
