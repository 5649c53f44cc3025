import { AlertDialog as A } from 'radix-ui';
import { ButtonLabel, buttonClass } from './Button.tsx';
import styles from './Dialog.module.css';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
}

/** A destructive confirmation; Cancel takes the initial focus so Enter never destroys by accident. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <A.Root open={props.open} onOpenChange={props.onOpenChange}>
      <A.Portal>
        <div className={styles.backdrop} />
        {/* aria-modal: Radix hides the rest with aria-hidden; this says so to the reader (and to axe). */}
        <A.Content className={styles.content} aria-modal="true">
          <div className={`${styles.header} ${styles.confirmHeader}`}>
            <A.Title className={styles.title}>{props.title}</A.Title>
            <A.Description className={styles.description}>{props.description}</A.Description>
          </div>
          <div className={styles.footer}>
            <A.Cancel className={buttonClass()}>
              <ButtonLabel>{props.cancelLabel}</ButtonLabel>
            </A.Cancel>
            <A.Action className={buttonClass('danger')} onClick={props.onConfirm}>
              <ButtonLabel>{props.confirmLabel}</ButtonLabel>
            </A.Action>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
