import type { ReactNode } from 'react';
import styles from './EmptyState.module.css';

export interface EmptyStateProps {
  title: string;
  children: ReactNode;
  action?: ReactNode;
  /** The welcome screen of a brand-new user, rather than an empty list. */
  large?: boolean;
  headingLevel?: 'h1' | 'h2' | 'h3';
}

export function EmptyState({ title, children, action, large, headingLevel = 'h2' }: EmptyStateProps) {
  const Heading = headingLevel;
  return (
    <section className={[styles.empty, large && styles.large].filter(Boolean).join(' ')}>
      <Heading className={styles.title}>{title}</Heading>
      <div className={styles.body}>{children}</div>
      {action && <div className={styles.actions}>{action}</div>}
    </section>
  );
}
