import { AlertDialog as A } from 'radix-ui';
import { buttonClass } from './Button.tsx';
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
        <A.Content className={styles.content}>
          <div className={`${styles.header} ${styles.confirmHeader}`}>
            <A.Title className={styles.title}>{props.title}</A.Title>
            <A.Description className={styles.description}>{props.description}</A.Description>
          </div>
          <div className={styles.footer}>
            <A.Cancel className={buttonClass()}>{props.cancelLabel}</A.Cancel>
            <A.Action className={buttonClass('danger')} onClick={props.onConfirm}>
              {props.confirmLabel}
            </A.Action>
          </div>
        </A.Content>
      </A.Portal>
    </A.Root>
  );
}
