import { POST_STATUSES } from '../../../shared/domain/post-choices.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useSetPostStatus } from '../../common/data/post-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { ActionMenu } from '../../ui/ActionMenu.tsx';
import { Button } from '../../ui/Button.tsx';
import styles from './CalendarPage.module.css';

/**
 * What can be done to several posts at once: change their status, delete them, or let them go.
 * Once a status is set the keyboard goes back to the calendar (`onDone`), so J, K and the arrows
 * work again at once.
 */
export function SelectionBar({
  ids,
  onClear,
  onDelete,
  onDone,
}: {
  ids: string[];
  onClear: () => void;
  onDelete: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const setStatus = useSetPostStatus();
  return (
    <div className={styles.selection} role="toolbar" aria-label={t('calendar.selection.label')}>
      <span className={styles.selectionCount}>{t('calendar.selection.count', { count: ids.length })}</span>
      <ActionMenu
        label={t('calendar.selection.status')}
        items={POST_STATUSES.map((value) => ({ value, label: t(`posts.status.${value}`) }))}
        onSelect={(status) => afterSuccess(setStatus.mutateAsync({ ids, status }), onDone)}
        // The menu would give the focus back to its button, where the calendar's letters do nothing.
        keepFocusAway
      />
      <Button variant="dangerGhost" onClick={onDelete}>
        {t('common.delete')}
      </Button>
      <Button variant="ghost" onClick={onClear}>
        {t('calendar.selection.clear')}
      </Button>
    </div>
  );
}
