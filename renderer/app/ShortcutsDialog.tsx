import { Fragment } from 'react';
import { shortcutList } from '../common/hooks/shortcuts.ts';
import { CARD_SHORTCUTS, calendarShortcutList } from '../features/calendar/calendar-shortcuts.ts';
import { ideaShortcutList } from '../features/ideas/idea-keys.ts';
import { journalShortcutList } from '../features/listening/journal-shortcuts.ts';
import { gridShortcutList } from '../features/metrics/grid-shortcuts.ts';
import { reportShortcutList } from '../features/reports/report-keys.ts';
import { useTranslation } from '../i18n/context.tsx';
import { keyLabel } from '../i18n/key-names.ts';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import styles from './ShortcutsDialog.module.css';

function Section({ title, rows }: { title: string; rows: readonly { keys: string[]; action: string }[] }) {
  const { t } = useTranslation();
  return (
    <section className={styles.section}>
      <h3 className={styles.heading}>{title}</h3>
      <dl className={styles.list}>
        {rows.map((s) => (
          <Fragment key={s.action}>
            <dt className={styles.keys}>
              {s.keys.map((k) => (
                <kbd key={k}>{keyLabel(t, k)}</kbd>
              ))}
            </dt>
            <dd className={styles.label}>{t(`shortcuts.${s.action}` as 'shortcuts.help')}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      wide
      readOnly
      onOpenChange={(open) => !open && onClose()}
      title={t('shortcuts.title')}
      description={t('shortcuts.description')}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
    >
      <div className={styles.columns}>
        <div>
          <Section title={t('shortcuts.everywhere')} rows={shortcutList()} />
          <Section title={t('shortcuts.card')} rows={CARD_SHORTCUTS} />
        </div>
        <div>
          <Section title={t('shortcuts.calendar')} rows={calendarShortcutList()} />
          <Section title={t('shortcuts.reports.title')} rows={reportShortcutList()} />
        </div>
        <div>
          <Section title={t('shortcuts.grid.title')} rows={gridShortcutList()} />
          <Section title={t('shortcuts.journal.title')} rows={journalShortcutList()} />
          <Section title={t('shortcuts.ideas.title')} rows={ideaShortcutList()} />
        </div>
      </div>
    </Dialog>
  );
}
