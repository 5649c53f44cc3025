import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../shared/domain/channel.ts';
import { type MediumKind, NETWORK_IDS, NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { fieldErrors } from '../../i18n/errors.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useFocusFirstInvalid } from '../../ui/use-focus-first-invalid.ts';
import { KindPicker } from './KindPicker.tsx';
import { networkName } from './network-name.ts';

export interface ChannelValues {
  network: NetworkId;
  kind: MediumKind;
  handle: string;
  url: string;
}

export interface ChannelFormProps {
  formId: string;
  channel?: Channel;
  /** Rejects with an RpcFailure when the server turns the values down; the form keeps them. */
  onSubmit: (values: ChannelValues) => Promise<unknown>;
  onPendingChange?: (pending: boolean) => void;
}

const initialValues = (channel?: Channel): ChannelValues =>
  channel
    ? { network: channel.network, kind: channel.kind, handle: channel.handle, url: channel.url }
    : { network: 'instagram', kind: NETWORKS.instagram.defaultKind, handle: '', url: '' };

export function ChannelForm({ formId, channel, onSubmit, onPendingChange }: ChannelFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const [values, setValues] = useState(() => initialValues(channel));
  // Until the user picks a kind, it follows the network (Pinterest → collaborating, a blog → sharing…).
  const [kindChosen, setKindChosen] = useState(channel !== undefined);
  const [failure, setFailure] = useState<unknown>(null);
  const errors = fieldErrors(t, failure);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, failure);
  const id = (field: string) => `${base}-${field}`;

  const setNetwork = (network: NetworkId) =>
    setValues((v) => ({ ...v, network, kind: kindChosen ? v.kind : NETWORKS[network].defaultKind }));

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

  const urlHint = t('channels.form.urlHint');
  const invalid = isRpcFailure(failure) && failure.code === 'invalid_input';
  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate>
      <FormAlert message={invalid ? t('channels.form.failed') : null} />
      <Field id={id('network')} label={t('channels.form.network')} error={errors.network}>
        <select
          {...controlProps(id('network'), undefined, errors.network)}
          className={inputs.select}
          value={values.network}
          onChange={(e) => setNetwork(e.target.value as NetworkId)}
        >
          {NETWORK_IDS.map((n) => (
            <option key={n} value={n}>
              {networkName(t, n)}
            </option>
          ))}
        </select>
      </Field>
      <KindPicker
        value={values.kind}
        onChange={(kind) => {
          setKindChosen(true);
          setValues((v) => ({ ...v, kind }));
        }}
        error={errors.kind}
      />
      <Field id={id('handle')} label={t('channels.form.handle')} error={errors.handle}>
        <input
          {...controlProps(id('handle'), undefined, errors.handle)}
          className={inputs.input}
          value={values.handle}
          onChange={(e) => setValues((v) => ({ ...v, handle: e.target.value }))}
          placeholder={t('channels.form.handlePlaceholder')}
          aria-required="true"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field id={id('url')} label={t('channels.form.url')} hint={urlHint} error={errors.url}>
        <input
          {...controlProps(id('url'), urlHint, errors.url)}
          className={inputs.input}
          type="url"
          inputMode="url"
          value={values.url}
          onChange={(e) => setValues((v) => ({ ...v, url: e.target.value }))}
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
    </form>
  );
}
