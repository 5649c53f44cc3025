import type { ReactNode } from 'react';
import styles from './CalendarDialogs.module.css';

/**
 * A calendar dialog's form, sent by Enter or by the footer's button (`form={id}`): the dialog does
 * the work itself, so the browser's own sending, a page load, never happens.
 */
export function DialogForm({
  id,
  onSubmit,
  children,
}: {
  id: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <form
      id={id}
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
