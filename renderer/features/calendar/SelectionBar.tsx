import { useTranslation } from 'react-i18next';
import { POST_STATUSES, type PostStatus } from '../../../shared/domain/post.ts';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarPage.module.css';
import { useSetPostStatus } from './queries.ts';

/** What can be done to several posts at once: change their status, delete them, or let them go. */
export function SelectionBar({
  ids,
  onClear,
  onDelete,
}: {
  ids: string[];
  onClear: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const setStatus = useSetPostStatus();
  return (
    <div className={styles.selection} role="toolbar" aria-label={t('calendar.selection.label')}>
      <span className={styles.selectionCount}>{t('calendar.selection.count', { count: ids.length })}</span>
      <select
        className={inputs.select}
        aria-label={t('calendar.selection.status')}
        value=""
        onChange={(e) => {
          if (e.target.value) setStatus.mutate({ ids, status: e.target.value as PostStatus });
        }}
      >
        <option value="">{t('calendar.selection.status')}</option>
        {POST_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`posts.status.${s}`)}
          </option>
        ))}
      </select>
      <Button variant="dangerGhost" onClick={onDelete}>
        {t('common.delete')}
      </Button>
      <Button variant="ghost" onClick={onClear}>
        {t('calendar.selection.clear')}
      </Button>
    </div>
  );
}
