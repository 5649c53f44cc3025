import styles from './FormAlert.module.css';

/** The sentence above a form the server turned down; the fields say what to fix. */
export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className={styles.alert}>
      {message}
    </p>
  );
}
