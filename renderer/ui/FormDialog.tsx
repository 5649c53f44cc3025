import { type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from '../i18n/context.tsx';
import { Button } from './Button.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Dialog } from './Dialog.tsx';
import type { FormWiring } from './use-server-form.ts';

export interface FormDialogProps {
  title: string;
  description: string;
  submitLabel: string;
  onClose: () => void;
  /** A form with many fields side by side (a persona). */
  wide?: boolean;
  /** The form, wired to the footer's submit button and to the discard guard. */
  children: (form: FormWiring) => ReactNode;
}

/**
 * A dialog around one form, with Cancel and submit in its footer. Closing it (Esc, the backdrop,
 * Cancel) after the user changed something asks first: notes can be pages long.
 */
export function FormDialog({ title, description, submitLabel, onClose, wide, children }: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [pending, setPending] = useState(false);
  // A ref, not state: read only when closing, and current even before a re-render.
  const dirty = useRef(false);
  const [confirming, setConfirming] = useState(false);
  const requestClose = () => (dirty.current ? setConfirming(true) : onClose());

  return (
    <>
      <Dialog
        open
        wide={wide}
        onOpenChange={(open) => !open && requestClose()}
        title={title}
        description={description}
        footer={
          <>
            <Button onClick={requestClose}>{t('common.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" disabled={pending}>
              {submitLabel}
            </Button>
          </>
        }
      >
        {children({
          formId,
          onPendingChange: setPending,
          onDirtyChange: (changed) => {
            dirty.current = changed;
          },
        })}
      </Dialog>
      {confirming && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setConfirming(false)}
          title={t('discard.title')}
          description={t('discard.body')}
          cancelLabel={t('discard.keep')}
          confirmLabel={t('discard.confirm')}
          onConfirm={onClose}
        />
      )}
    </>
  );
}
