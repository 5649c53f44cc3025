import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLIENT_COLORS, type Client } from '../../../shared/domain/client.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { ColorPicker } from './ColorPicker.tsx';
import { TimeZoneCombobox } from './TimeZoneCombobox.tsx';
import { systemTimeZone } from './time-zones.ts';

export interface ClientValues {
  name: string;
  color: string;
  timeZone: string;
  notes: string;
}

export interface ClientFormProps extends ServerFormProps<ClientValues> {
  client?: Client;
  /** For a new client: a palette colour no other client uses yet. */
  defaultColor?: string;
}

const initialValues = (client?: Client, defaultColor?: string): ClientValues =>
  client
    ? { name: client.name, color: client.color, timeZone: client.timeZone, notes: client.notes }
    : { name: '', color: defaultColor ?? CLIENT_COLORS[0], timeZone: systemTimeZone(), notes: '' };

export function ClientForm({ formId, client, defaultColor, ...form }: ClientFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const { values, set, submit, formRef, errors, invalid } = useServerForm({
    initial: () => initialValues(client, defaultColor),
    ...form,
  });

  const id = (field: string) => `${base}-${field}`;
  const notesHint = t('clients.form.notesHint');
  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate>
      <FormAlert message={invalid ? t('clients.form.failed') : null} />
      <Field id={id('name')} label={t('clients.form.name')} error={errors.name}>
        <input
          {...controlProps(id('name'), undefined, errors.name)}
          className={inputs.input}
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          placeholder={t('clients.form.namePlaceholder')}
          aria-required="true"
          // biome-ignore lint/a11y/noAutofocus: the name is the first thing to type in a new-client dialog
          autoFocus
        />
      </Field>
      <ColorPicker value={values.color} onChange={(c) => set('color', c)} error={errors.color} />
      <Field id={id('tz')} label={t('clients.form.timeZone')} error={errors.timeZone}>
        <TimeZoneCombobox
          value={values.timeZone}
          onChange={(z) => set('timeZone', z)}
          controlProps={controlProps(id('tz'), undefined, errors.timeZone)}
        />
      </Field>
      <Field id={id('notes')} label={t('clients.form.notes')} hint={notesHint} error={errors.notes}>
        <textarea
          {...controlProps(id('notes'), notesHint, errors.notes)}
          className={inputs.textarea}
          rows={3}
          value={values.notes}
          onChange={(e) => set('notes', e.target.value)}
        />
      </Field>
    </form>
  );
}
