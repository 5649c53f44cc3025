import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { isRpcFailure } from '../api/rpc-failure.ts';
import { useTranslation } from '../i18n/context.tsx';
import { fieldErrors } from '../i18n/errors.ts';
import { useFocusFirstInvalid } from './use-focus-first-invalid.ts';

/** What a form rendered in a FormDialog receives from it, besides its own props. */
export interface ServerFormProps<V> {
  /** The form element's id, for a submit button rendered outside it (the dialog footer). */
  formId: string;
  /** Rejects with an RpcFailure when the server turns the values down; the form keeps them. */
  onSubmit: (values: V) => Promise<unknown>;
  onPendingChange?: (pending: boolean) => void;
  /** Told whenever the values start or stop differing from the initial ones. */
  onDirtyChange?: (dirty: boolean) => void;
}

/** The wiring between a FormDialog and the form inside it. */
export type FormWiring = Omit<ServerFormProps<unknown>, 'onSubmit'>;

export interface ServerFormOptions<V> extends Omit<ServerFormProps<V>, 'formId'> {
  initial: () => V;
}

/**
 * The state of a form the server validates: its values, whether they changed, and the last
 * refusal, shown under each field (the first field to fix gets the keyboard).
 */
export function useServerForm<V extends object>({
  initial,
  onSubmit,
  onPendingChange,
  onDirtyChange,
}: ServerFormOptions<V>) {
  const { t } = useTranslation();
  const [start] = useState(initial);
  const [values, setValues] = useState(start);
  // The failure itself is kept, not its text: switching language re-translates it.
  const [failure, setFailure] = useState<unknown>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failure);

  const dirty = (Object.keys(start) as (keyof V)[]).some((key) => !Object.is(start[key], values[key]));
  const reportDirty = useRef(onDirtyChange);
  reportDirty.current = onDirtyChange;
  // A layout effect runs in the same commit as the keystroke: an Esc pressed right after typing
  // already sees the form as changed.
  useLayoutEffect(() => reportDirty.current?.(dirty), [dirty]);

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    onPendingChange?.(true);
    try {
      await onSubmit(values);
    } catch (error) {
      setFailure(error);
    } finally {
      onPendingChange?.(false);
    }
  };

  return {
    values,
    setValues,
    set,
    submit,
    formRef,
    errors: fieldErrors(t, failure),
    /** The server refused the values themselves (rather than failing): say so above the form. */
    invalid: isRpcFailure(failure) && failure.code === 'invalid_input',
  };
}
