import { type FormEvent, useState } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid.ts';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import {
  type ObjectiveErrors,
  type ObjectiveFields,
  type ObjectiveValues,
  readObjective,
} from './objective-form-values.ts';

export interface ObjectiveFieldsOptions
  extends Omit<ServerFormProps<ObjectiveFields>, 'formId' | 'onSubmit'> {
  initial: ObjectiveValues;
  onSubmit: (fields: ObjectiveFields) => Promise<unknown>;
}

/**
 * The objective form's state. What can be checked here is said under its field before anything is
 * sent: the deadline as soon as both dates are there, the numbers once the user tried to save; the
 * rest comes back from the server under its field.
 */
export function useObjectiveFields({ initial, onSubmit, ...wiring }: ObjectiveFieldsOptions) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [attempted, setAttempted] = useState(false);
  const [refused, setRefused] = useState<object | null>(null);
  const form = useServerForm<ObjectiveValues>({
    initial: () => initial,
    onSubmit: (v) => {
      const { fields } = readObjective(v, language, t);
      return fields ? onSubmit(fields) : Promise.resolve();
    },
    ...wiring,
  });
  useFocusFirstInvalid(form.formRef, refused);

  const local = readObjective(form.values, language, t).errors;
  const shown: ObjectiveErrors = {
    ...form.errors,
    ...(attempted ? local : {}),
    ...(local.deadline ? { deadline: local.deadline } : {}),
  };

  const submit = (e: FormEvent) => {
    setAttempted(true);
    if (Object.keys(local).length > 0) {
      e.preventDefault();
      setRefused({});
      return;
    }
    void form.submit(e);
  };

  return { ...form, shown, submit };
}
