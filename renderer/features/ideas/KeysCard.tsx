import { useTranslation } from '../../i18n/context.tsx';
import styles from './IdeasPage.module.css';
import { captureShortcut } from './idea-keys.ts';

/** The bank's keys, shown beside a new user's empty list: what makes it quick. */
export function KeysCard() {
  const { t } = useTranslation();
  const rows: { keys: string; what: string }[] = [
    { keys: captureShortcut(), what: t('ideas.keysCard.anywhere') },
    { keys: 'N', what: t('ideas.keysCard.capture') },
    { keys: '/', what: t('ideas.keysCard.search') },
    { keys: '↑ ↓', what: t('ideas.keysCard.move') },
    { keys: '1 2 3 4', what: t('ideas.keysCard.status') },
    { keys: 'P', what: t('ideas.keysCard.plan') },
    { keys: t('ideas.keysCard.deleteKey'), what: t('ideas.keysCard.delete') },
  ];
  return (
    <section className={styles.keysCard} aria-labelledby="ideas-keys-title">
      <h2 id="ideas-keys-title" className={styles.noSelectionTitle}>
        {t('ideas.keysCard.title')}
      </h2>
      <dl className={styles.keyList}>
        {rows.map((row) => (
          <div key={row.keys} className={styles.keyRow}>
            <dt>
              <kbd>{row.keys}</kbd>
            </dt>
            <dd>{row.what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
