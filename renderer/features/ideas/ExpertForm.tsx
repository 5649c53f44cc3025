import { useId } from 'react';
import { type Expert, type ExpertCreate, WHY_MAX } from '../../../shared/domain/expert.ts';
import { NAME_MAX } from '../../../shared/domain/fields.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { type ServerFormProps, useServerForm } from '../../ui/use-server-form.ts';
import styles from './ExpertsPane.module.css';
import { withScheme } from './idea-draft.ts';

interface ExpertValues {
  name: string;
  topic: string;
  network: NetworkId | '';
  url: string;
  why: string;
}

const valuesOf = (expert: Expert | undefined): ExpertValues => ({
  name: expert?.name ?? '',
  topic: expert?.topic ?? '',
  network: expert?.network ?? '',
  url: expert?.url ?? '',
  why: expert?.why ?? '',
});

export const inputOf = (v: ExpertValues): ExpertCreate => ({
  name: v.name,
  topic: v.topic,
  network: v.network === '' ? null : v.network,
  url: withScheme(v.url.trim()),
  why: v.why,
});

export interface ExpertFormProps extends ServerFormProps<ExpertCreate> {
  expert?: Expert;
  topics: readonly string[];
}

/** Who to follow, on what, where, and why it is worth it. */
export function ExpertForm({ formId, expert, topics, onSubmit, ...wiring }: ExpertFormProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const { values, set, submit, formRef, errors, invalid } = useServerForm({
    initial: () => valuesOf(expert),
    ...wiring,
    onSubmit: (typed) => onSubmit(inputOf(typed)),
  });
  return (
    <form ref={formRef} id={formId} onSubmit={submit} noValidate className={styles.form}>
      <FormAlert message={invalid ? t('errors.invalid_input') : null} />
      <div className={styles.row}>
        <Field id={id('name')} label={t('ideas.experts.name')} error={errors.name}>
          <input
            {...controlProps(id('name'), undefined, errors.name)}
            className={inputs.input}
            value={values.name}
            maxLength={NAME_MAX}
            placeholder={t('ideas.experts.namePlaceholder')}
            aria-required="true"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the name is the first thing to type
            autoFocus
            onChange={(e) => set('name', e.target.value)}
          />
        </Field>
        <Field id={id('topic')} label={t('ideas.experts.topic')} error={errors.topic}>
          <input
            {...controlProps(id('topic'), undefined, errors.topic)}
            className={inputs.input}
            value={values.topic}
            maxLength={NAME_MAX}
            list={id('topics')}
            placeholder={t('ideas.experts.topicPlaceholder')}
            autoComplete="off"
            onChange={(e) => set('topic', e.target.value)}
          />
          <datalist id={id('topics')}>
            {topics.map((topic) => (
              <option key={topic} value={topic} />
            ))}
          </datalist>
        </Field>
      </div>
      <div className={styles.row}>
        <Field id={id('network')} label={t('ideas.experts.where')} error={errors.network}>
          <select
            {...controlProps(id('network'), undefined, errors.network)}
            className={inputs.select}
            value={values.network}
            onChange={(e) => set('network', e.target.value as NetworkId | '')}
          >
            <option value="">{t('ideas.experts.newsletter')}</option>
            {NETWORK_IDS.map((n) => (
              <option key={n} value={n}>
                {networkName(t, n)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('url')} label={t('ideas.experts.url')} error={errors.url}>
          <input
            {...controlProps(id('url'), undefined, errors.url)}
            className={inputs.input}
            type="url"
            placeholder="https://"
            value={values.url}
            onChange={(e) => set('url', e.target.value)}
          />
        </Field>
      </div>
      <Field id={id('why')} label={t('ideas.experts.why')} error={errors.why}>
        <textarea
          {...controlProps(id('why'), undefined, errors.why)}
          className={inputs.textarea}
          maxLength={WHY_MAX}
          placeholder={t('ideas.experts.whyPlaceholder')}
          value={values.why}
          onChange={(e) => set('why', e.target.value)}
        />
      </Field>
    </form>
  );
}
