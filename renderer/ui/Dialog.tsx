import { Dialog as D } from 'radix-ui';
import { type ReactNode, useLayoutEffect, useRef } from 'react';
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
  /**
   * Its body may be taller than the window and holds nothing to tab to (a list to read): it takes
   * the keyboard itself, so the arrows scroll it.
   */
  readOnly?: boolean;
}

/**
 * A modal dialog. The backdrop is a plain div rather than Radix's Overlay: the Overlay injects a
 * <style> tag for scroll locking, which the strict CSP refuses (and the window never scrolls anyway).
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  wide,
  readOnly,
}: DialogProps) {
  // Our dialogs open from code, not from a Radix trigger: Radix would hand the focus back to a
  // trigger it does not have, and leave it on the page's body. The element that had it when the
  // dialog opened gets it back, unless the screen already put it somewhere (a card just saved).
  const opener = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (open) opener.current = document.activeElement;
  }, [open]);
  const giveFocusBack = (event: Event) => {
    event.preventDefault();
    const shown = document.activeElement;
    const lost = shown === null || shown === document.body;
    if (lost && opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <div className={styles.backdrop} />
        <D.Content
          className={wide ? `${styles.content} ${styles.wide}` : styles.content}
          aria-modal="true"
          onCloseAutoFocus={giveFocusBack}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className={styles.header}>
            <D.Title className={styles.title}>{title}</D.Title>
            {description && <D.Description className={styles.description}>{description}</D.Description>}
          </div>
          {readOnly ? (
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable to be scrolled.
            <section className={styles.body} tabIndex={0} aria-label={title}>
              {children}
            </section>
          ) : (
            <div className={styles.body}>{children}</div>
          )}
          {footer && <div className={styles.footer}>{footer}</div>}
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export { styles as dialogStyles };
