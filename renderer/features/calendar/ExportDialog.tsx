import { useId, useState } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { call } from '../../api/call.ts';
import { downloadText } from '../../common/files/download.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, fieldErrors } from '../../i18n/errors.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import styles from './CalendarDialogs.module.css';
import { DialogForm } from './DialogForm.tsx';
import { dayAfter, dayBefore, RangeFields } from './RangeFields.tsx';

type Kind = 'ics' | 'csv';

/** A date range of the client's calendar as a file: .ics for calendar apps, CSV for spreadsheets. */
export function ExportDialog({
  client,
  from: initialFrom,
  to: initialTo,
  onClose,
}: {
  client: Client;
  from: IsoDate;
  to: IsoDate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const id = (f: string) => `${base}-${f}`;
  const [kind, setKind] = useState<Kind>('ics');
  const [from, setFrom] = useState(initialFrom);
  // The form shows the last day included; the contract's `to` is the day after.
  const [last, setLast] = useState(() => dayBefore(initialTo));
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrors(t, error);

  const submit = async () => {
    setPending(true);
    setError(null);
    try {
      const range = { clientId: client.id, from, to: dayAfter(last) };
      const file =
        kind === 'ics'
          ? await call('calendar.exportIcs', range)
          : // French spreadsheets split on semicolons; English ones on commas.
            await call('calendar.exportCsv', { ...range, delimiter: language === 'fr' ? ';' : ',' });
      downloadText(file.fileName, file.text, kind === 'ics' ? 'text/calendar' : 'text/csv');
      onClose();
    } catch (failure) {
      setError(failure);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('exportFile.title')}
      description={t('exportFile.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={base} variant="primary" disabled={pending}>
            {t('exportFile.submit')}
          </Button>
        </>
      }
    >
      <DialogForm id={base} onSubmit={() => void submit()}>
        <FormAlert message={error && !errors.from && !errors.to ? errorMessage(t, error) : null} />
        <fieldset className={styles.group}>
          <legend>{t('exportFile.format')}</legend>
          {(['ics', 'csv'] as const).map((k) => (
            <label key={k} className={styles.option}>
              <input type="radio" name={id('kind')} checked={kind === k} onChange={() => setKind(k)} />
              {t(`exportFile.${k}`)}
            </label>
          ))}
        </fieldset>
        <RangeFields
          id={id}
          labels={{ from: t('exportFile.from'), to: t('exportFile.to') }}
          from={from}
          last={last}
          errors={errors}
          onFrom={setFrom}
          onLast={setLast}
        />
      </DialogForm>
    </Dialog>
  );
}
