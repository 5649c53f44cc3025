import { useId, useState } from 'react';
import type { Channel } from '../../../shared/domain/channel.ts';
import { type MediumKind, NETWORK_IDS, NETWORKS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import { KindPicker } from './KindPicker.tsx';

export interface ChannelValues {
  network: NetworkId;
  kind: MediumKind;
  handle: string;
  url: string;
}

export interface ChannelFormProps extends ServerFormProps<ChannelValues> {
  channel?: Channel;
}

const initialValues = (channel?: Channel): ChannelValues =>
  channel
    ? { network: channel.network, kind: channel.kind, handle: channel.handle, url: channel.url }
    : { network: 'instagram', kind: NETWORKS.instagram.defaultKind, handle: '', url: '' };

export function ChannelForm({ formId, channel, ...form }: ChannelFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const { values, setValues, set, submit, formRef, errors, invalid } = useServerForm({
    initial: () => initialValues(channel),
    ...form,
  });
  // Until the user picks a kind, it follows the network (Pinterest → collaborating, a blog → sharing…).
  const [kindChosen, setKindChosen] = useState(channel !== undefined);
  const id = (field: string) => `${base}-${field}`;

  const setNetwork = (network: NetworkId) =>
    setValues((v) => ({ ...v, network, kind: kindChosen ? v.kind : NETWORKS[network].defaultKind }));

  const urlHint = t('channels.form.urlHint');
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
          set('kind', kind);
        }}
        error={errors.kind}
      />
      <Field id={id('handle')} label={t('channels.form.handle')} error={errors.handle}>
        <input
          {...controlProps(id('handle'), undefined, errors.handle)}
          className={inputs.input}
          value={values.handle}
          onChange={(e) => set('handle', e.target.value)}
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
          onChange={(e) => set('url', e.target.value)}
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
    </form>
  );
}
