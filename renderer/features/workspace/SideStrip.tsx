import { useTranslation } from '../../i18n/context.tsx';
import styles from './Workspace.module.css';

/** The side panes folded: a strip the height of the screen whose one button brings them back. */
export function SideStrip({ onUnfold }: { onUnfold: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.strip}>
      <button type="button" className={styles.stripButton} aria-expanded={false} onClick={onUnfold}>
        <span aria-hidden="true">‹</span>
        <span className={styles.stripLabel}>{t('workspace.side.unfold')}</span>
      </button>
    </div>
  );
}
