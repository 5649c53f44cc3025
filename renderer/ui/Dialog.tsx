import { Dialog as D } from 'radix-ui';
import type { ReactNode } from 'react';
import styles from './Dialog.module.css';

export interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: string;
  children: ReactNode;
  /** Buttons, laid out at the bottom right. */
  footer?: ReactNode;
  /** For a workspace such as the composer, rather than a short form. */
  wide?: boolean;
}

/**
 * A modal dialog. The backdrop is a plain div rather than Radix's Overlay: the Overlay injects a
 * <style> tag for scroll locking, which the strict CSP refuses (and the window never scrolls anyway).
 */
export function Dialog({ open, onOpenChange, title, description, children, footer, wide }: DialogProps) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <div className={styles.backdrop} />
        <D.Content
          className={wide ? `${styles.content} ${styles.wide}` : styles.content}
          aria-modal="true"
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className={styles.header}>
            <D.Title className={styles.title}>{title}</D.Title>
            {description && <D.Description className={styles.description}>{description}</D.Description>}
          </div>
          <div className={styles.body}>{children}</div>
          {footer && <div className={styles.footer}>{footer}</div>}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export { styles as dialogStyles };
