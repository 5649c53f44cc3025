import { type FormEvent, type KeyboardEvent, useId, useLayoutEffect, useRef, useState } from 'react';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { FollowersSave } from '../../../shared/domain/followers.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { datedIssueMessage } from '../../i18n/dated-issue.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import type { FormWiring } from '../../ui/use-server-form.ts';
import { FollowerRow } from './FollowerRow.tsx';
import styles from './FollowersForm.module.css';
import {
  EMPTY_TYPED,
  type FieldIssue,
  type FollowerField,
  readEntries,
  type TypedCount,
} from './follower-entries.ts';
import { useLatestFollowers, useSaveFollowers } from './queries.ts';

export interface FollowersFormProps extends FormWiring {
  client: Client;
  channels: readonly Channel[];
  today: string;
  onSaved: () => void;
}

type Issues = Partial<Record<FollowerField, FieldIssue>>;

/** The server's refusal, field by field (entries are the channels sent); what belongs to no field goes above the form. */
function serverIssues(error: unknown, sent: FollowersSave['entries']): Issues | null {
  if (!isRpcFailure(error) || error.code !== 'invalid_input' || error.issues.length === 0) return null;
  const out: Issues = {};
  for (const issue of error.issues) {
    const [field, index, part] = issue.path;
    const issueOf = { code: issue.code, ...(issue.params ? { params: issue.params } : {}) };
    if (field === 'on') out.on ??= issueOf;
    const entry = field === 'entries' ? sent[Number(index)] : undefined;
    if (entry) out[`${entry.channelId}.${part === 'profileVisits' ? 'visits' : 'followers'}`] ??= issueOf;
  }
  return out;
}

export function FollowersForm({
  formId,
  onPendingChange,
  onDirtyChange,
  client,
  channels,
  today,
  onSaved,
}: FollowersFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toasts = useToasts();
  const base = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [on, setOn] = useState(today);
  const [typed, setTyped] = useState<Record<string, TypedCount>>({});
  const [issues, setIssues] = useState<Issues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [nothingTyped, setNothingTyped] = useState(false);
  const latest = useLatestFollowers(client.id, on);
  const previous = new Map((latest.data ?? []).map((c) => [c.channelId, c]));
  const save = useSaveFollowers();

  const dirty = on !== today || Object.values(typed).some((v) => v.followers !== '' || v.visits !== '');
  const reportDirty = useRef(onDirtyChange);
  reportDirty.current = onDirtyChange;
  useLayoutEffect(() => reportDirty.current?.(dirty), [dirty]);

  const issueText = (issue: FieldIssue | undefined) => {
    if (!issue) return undefined;
    return issue.code === 'countForVisits'
      ? t('metrics.followers.countForVisits')
      : datedIssueMessage(t, language, { ...issue, code: issue.code });
  };

  const focusFirst = (selector: string) =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(selector)?.focus());
  const focusFirstInvalid = () => focusFirst('[aria-invalid="true"]');

  const type = (channelId: string, part: keyof TypedCount, text: string) => {
    setTyped((all) => ({ ...all, [channelId]: { ...(all[channelId] ?? EMPTY_TYPED), [part]: text } }));
    setNothingTyped(false);
    const key: FollowerField = `${channelId}.${part}`;
    if (issues[key]) setIssues(({ [key]: _, ...rest }) => rest);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    if (!isIsoDate(on) || on > today) {
      setIssues({
        on: on > today ? { code: 'futureDate', params: { date: today } } : { code: 'invalidDate' },
      });
      focusFirstInvalid();
      return;
    }
    const read = readEntries(channels, typed, language);
    if (!read.ok && 'nothingTyped' in read) {
      setIssues({});
      setNothingTyped(true);
      focusFirst('input[inputmode="numeric"]');
      return;
    }
    if (!read.ok) {
      setIssues(read.issues);
      focusFirstInvalid();
      return;
    }
    setIssues({});
    onPendingChange?.(true);
    try {
      await save.mutateAsync({ clientId: client.id, on, entries: read.entries });
      toasts.show({ title: t('metrics.followers.saved', { date: formatLongDay(on, language) }) });
      onSaved();
    } catch (error) {
      const fields = serverIssues(error, read.entries);
      if (fields && Object.keys(fields).length > 0) {
        setIssues(fields);
        focusFirstInvalid();
      } else setFailure(error);
    } finally {
      onPendingChange?.(false);
    }
  };

  // Enter goes down the form, field by field; on the last one it saves.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || !(e.target instanceof HTMLInputElement)) return;
    e.preventDefault();
    const fields = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input:not([disabled])')];
    const next = fields[fields.indexOf(e.target) + 1];
    if (next) next.focus();
    else e.currentTarget.requestSubmit();
  };

  const id = (what: string) => `${base}-${what}`;
  const onError = issueText(issues.on);
  const onHint = t('metrics.followers.dateHint');
  return (
    <form ref={formRef} id={formId} onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <FormAlert
        message={
          nothingTyped ? t('metrics.followers.nothingTyped') : failure ? errorMessage(t, failure) : null
        }
      />
      <Field id={id('on')} label={t('metrics.followers.date')} hint={onHint} error={onError}>
        <DateInput
          {...controlProps(id('on'), onHint, onError)}
          className={`${inputs.input} ${styles.date}`}
          value={on}
          onChange={(day) => {
            setOn(day);
            if (issues.on) setIssues(({ on: _, ...rest }) => rest);
          }}
        />
      </Field>
      {channels.length === 0 ? (
        <p className={styles.none}>{t('metrics.followers.noChannels')}</p>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('metrics.followers.channel')}</th>
              <th scope="col" className={styles.num}>
                {t('metrics.followers.followers')}
              </th>
              <th scope="col" className={styles.num}>
                {t('metrics.followers.change')}
              </th>
              <th scope="col" className={styles.num}>
                {t('metrics.followers.visits')}
              </th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <FollowerRow
                key={channel.id}
                channel={channel}
                typed={typed[channel.id] ?? EMPTY_TYPED}
                previous={previous.get(channel.id)}
                followersError={issueText(issues[`${channel.id}.followers`])}
                visitsError={issueText(issues[`${channel.id}.visits`])}
                idPrefix={id(channel.id)}
                onType={(part, text) => type(channel.id, part, text)}
              />
            ))}
          </tbody>
        </table>
      )}
    </form>
  );
}
