import { useId, useState } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { ApprovalExported } from '../../../shared/domain/approval.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { LANGUAGES, type Language } from '../../../shared/domain/prefs-defaults.ts';
import { call } from '../../api/call.ts';
import { useAppInfo } from '../../api/prefs.ts';
import { downloadExport } from '../../common/files/download-export.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { failureMessages, fieldErrors } from '../../i18n/errors.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import { nextWeek } from './approval-period.ts';
import styles from './CalendarDialogs.module.css';
import { DialogForm } from './DialogForm.tsx';
import { dayAfter, dayBefore, RangeFields } from './RangeFields.tsx';

/**
 * A period's plan as one page the client opens offline to approve each post, saved where the user
 * wants; or, in the app, the same plan as a PDF for a client who prefers paper.
 */
export function ApprovalExportDialog({
  client,
  today,
  onClose,
}: {
  client: Client;
  today: IsoDate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const inApp = useAppInfo().data?.host === 'electron';
  const week = nextWeek(today);
  const [from, setFrom] = useState<string>(week.from);
  // The form shows the last day included; the contract's `to` is the day after.
  const [last, setLast] = useState<string>(dayBefore(week.to));
  const [language, setLanguage] = useState<Language>(useLanguage());
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState<'page' | 'pdf' | null>(null);
  const [saved, setSaved] = useState<ApprovalExported | null>(null);
  const errors = fieldErrors(t, error);

  const save = async (as: 'page' | 'pdf') => {
    setPending(as);
    setError(null);
    try {
      const input = { clientId: client.id, from, to: dayAfter(last), language };
      if (as === 'page') {
        const file = await call('approvals.export', input);
        downloadExport(file);
        setSaved(file);
      } else {
        downloadExport(await call('approvals.pdf', input));
        onClose();
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(null);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('approvals.send.title')}
      description={t('approvals.send.description')}
      footer={
        saved ? (
          <Button variant="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            {inApp && (
              <Button onClick={() => void save('pdf')} disabled={pending !== null}>
                {pending === 'pdf' ? t('approvals.send.saving') : t('approvals.send.pdf')}
              </Button>
            )}
            <Button type="submit" form={base} variant="primary" disabled={pending !== null}>
              {pending === 'page' ? t('approvals.send.saving') : t('approvals.send.save')}
            </Button>
          </>
        )
      }
    >
      {saved ? (
        <div className={styles.form} role="status">
          <p>{t('approvals.send.saved', { count: saved.posts, name: saved.name })}</p>
          <p>{t('approvals.send.next')}</p>
        </div>
      ) : (
        <DialogForm id={base} onSubmit={() => void save('page')}>
          <FormAlert
            message={error && !errors.from && !errors.to ? failureMessages(t, error).join(' ') : null}
          />
          <RangeFields
            id={id}
            labels={{ from: t('approvals.send.from'), to: t('approvals.send.to') }}
            from={from}
            last={last}
            errors={errors}
            onFrom={setFrom}
            onLast={setLast}
          />
          <fieldset className={styles.group}>
            <legend>{t('approvals.send.language')}</legend>
            {LANGUAGES.map((l) => (
              <label key={l} className={styles.option}>
                <input
                  type="radio"
                  name={id('language')}
                  checked={language === l}
                  onChange={() => setLanguage(l)}
                />
                {t(`approvals.send.languages.${l}`)}
              </label>
            ))}
          </fieldset>
          <p className={styles.hint}>{t('approvals.send.asked')}</p>
          {!inApp && <p className={styles.hint}>{t('approvals.send.paperHint')}</p>}
        </DialogForm>
      )}
    </Dialog>
  );
}
