import { Toast } from 'radix-ui';
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/context.tsx';
import { ButtonLabel, buttonClass } from './Button.tsx';
import styles from './Toaster.module.css';
import { useToasts } from './toast-context.ts';

/**
 * Renders the store's toasts with Radix (announced politely, F8 focuses the region, swipe to dismiss).
 * Its own provider: nothing else uses Radix's toasts, so their code can come after the first screen
 * (a toast raised before waits in the store).
 */
export function Toaster() {
  const store = useToasts();
  const { t } = useTranslation();
  const entries = useSyncExternalStore(store.subscribe, store.snapshot);
  return (
    <Toast.Provider swipeDirection="right">
      {entries.map((entry) => (
        <Toast.Root
          key={entry.id}
          className={[styles.toast, entry.tone === 'error' && styles.error].filter(Boolean).join(' ')}
          type={entry.tone === 'error' ? 'foreground' : 'background'}
          duration={entry.action || entry.tone === 'error' ? 8000 : 4000}
          onOpenChange={(open) => {
            if (!open) store.dismiss(entry.id);
          }}
        >
          <Toast.Title className={styles.title}>{entry.title}</Toast.Title>
          {entry.action ? (
            <span className={styles.actions}>
              {[entry.action, entry.secondary].map(
                (action) =>
                  action && (
                    <Toast.Action
                      key={action.label}
                      altText={action.altText}
                      className={buttonClass('default', 'small')}
                      onClick={action.run}
                    >
                      <ButtonLabel>{action.label}</ButtonLabel>
                    </Toast.Action>
                  ),
              )}
            </span>
          ) : (
            <span />
          )}
          <Toast.Close className={styles.close} aria-label={t('common.close')}>
            ×
          </Toast.Close>
          {entry.description && (
            <Toast.Description className={styles.description}>{entry.description}</Toast.Description>
          )}
        </Toast.Root>
      ))}
      <Toast.Viewport className={styles.viewport} label={t('app.notifications')} />
    </Toast.Provider>
  );
}
