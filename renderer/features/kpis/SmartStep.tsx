import { type ReactNode, useId } from 'react';
import styles from './ObjectiveForm.module.css';

/** One letter of SMART: its question, then its fields. */
export function SmartStep({
  letter,
  title,
  hint,
  children,
}: {
  letter: string;
  title: string;
  hint: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={styles.step} aria-labelledby={id}>
      <h3 id={id} className={styles.stepTitle}>
        <span className={styles.letter} aria-hidden="true">
          {letter}
        </span>
        {title}
      </h3>
      <p className={styles.stepHint}>{hint}</p>
      {children}
    </section>
  );
}
