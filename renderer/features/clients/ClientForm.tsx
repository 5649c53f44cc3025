import { useId, useMemo } from 'react';
import { CLIENT_COLORS, type Client } from '../../../shared/domain/client.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorPicker } from '../../ui/ColorPicker.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { currencyOptions } from './currencies.ts';
import { TimeZoneCombobox } from './TimeZoneCombobox.tsx';
import { systemTimeZone } from './time-zones.ts';

export interface ClientValues {
  name: string;
  color: string;
  timeZone: string;
  currency: string;
  notes: string;
}

export interface ClientFormProps extends ServerFormProps<ClientValues> {
  client?: Client;
  /** For a new client: a palette colour no other client uses yet. */
  defaultColor?: string;
}

const initialValues = (client?: Client, defaultColor?: string): ClientValues =>
  client
    ? {
        name: client.name,
        color: client.color,
        timeZone: client.timeZone,
        currency: client.currency,
        notes: client.notes,
      }
    : {
        name: '',
        color: defaultColor ?? CLIENT_COLORS[0],
        timeZone: systemTimeZone(),
        currency: 'EUR',
        notes: '',
      };

export function ClientForm({ formId, client, defaultColor, ...form }: ClientFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const { values, set, submit, formRef, errors, invalid } = useServerForm({
    initial: () => initialValues(client, defaultColor),
    ...form,
  });

  const id = (field: string) => `${base}-${field}`;
  const currencies = useMemo(() => currencyOptions(language), [language]);
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
      <Field
        id={id('currency')}
        label={t('clients.form.currency')}
        hint={t('clients.form.currencyHint')}
        error={errors.currency}
      >
        <select
          {...controlProps(id('currency'), t('clients.form.currencyHint'), errors.currency)}
          className={inputs.select}
          value={values.currency}
          onChange={(e) => set('currency', e.target.value)}
        >
          {currencies.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label}
            </option>
          ))}
        </select>
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
