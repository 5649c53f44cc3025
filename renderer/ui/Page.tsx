import type { ReactNode } from 'react';
import styles from './Page.module.css';

/** A screen's title row: the h1 on the left, its main actions on the right. */
export function PageHeader({ title, actions }: { title: ReactNode; actions?: ReactNode }) {
  return (
    <header className={styles.header}>
      <h1 className={styles.title}>{title}</h1>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}

export { styles as pageStyles };
