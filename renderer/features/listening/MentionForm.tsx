import {
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import type { Client } from '../../../shared/domain/client.ts';
import type { Mention } from '../../../shared/domain/mention.ts';
import { readAudience } from '../../../shared/listening/mention-rows.ts';
import { type SubjectHints, suggestSubject } from '../../../shared/listening/suggest-subject.ts';
import { NETWORK_IDS } from '../../../shared/networks.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useCreateMention, useUpdateMention } from '../../common/data/listening-queries.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { fieldErrors } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TagInput } from '../../ui/TagInput.tsx';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { AnswersField } from './AnswersField.tsx';
import styles from './Listening.module.css';
import { blankDraft, draftOf, type MentionDraft, mentionFields, nextDraft } from './mention-draft.ts';
import { SentimentPicker } from './SentimentPicker.tsx';
import { type SubjectChoices, SubjectSelect } from './SubjectSelect.tsx';

export interface MentionFormProps {
  client: Client;
  /** Today and the current minute on the client's clock: a new mention's default moment. */
  now: { date: string; time: string };
  hints: SubjectHints;
  choices: SubjectChoices;
  knownTags: readonly string[];
  /** The mention being edited, or null for a new one. */
  editing: Mention | null;
  /** Beside the form's title: what tunes the subject's suggestion. */
  titleAction?: ReactNode;
  /** Beside the form's button: another way in (several at once). */
  moreAction?: ReactNode;
  onDone: (saved: Mention, created: boolean) => void;
  onCancelEdit: () => void;
}

/**
 * The journal's quick entry: what was said first, its sentiment right after (one key), the rest
 * prefilled (now, the last network). After a mention is logged the form clears for the next one
 * and keeps the day, the hour and the network, since mentions are read in runs.
 */
export function MentionForm({
  client,
  now,
  hints,
  choices,
  knownTags,
  editing,
  titleAction,
  moreAction,
  onDone,
  onCancelEdit,
}: MentionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = (name: string) => `${id}-${name}`;
  const create = useCreateMention();
  const update = useUpdateMention();
  const [draft, setDraft] = useState<MentionDraft>(() => blankDraft(now.date, now.time, 'instagram'));
  const [failure, setFailure] = useState<unknown>(null);
  const [badAudience, setBadAudience] = useState(false);
  const [done, setDone] = useState<'added' | 'saved' | null>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const pending = create.isPending || update.isPending;

  // A mention picked in the list comes into the form; leaving it brings back the new one that was
  // being typed (its day, hour and network, not the edited mention's).
  const typing = useRef<MentionDraft | null>(null);
  const editingId = editing?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a mention opened again, not its every refresh.
  useEffect(() => {
    setFailure(null);
    setBadAudience(false);
    setDraft((d) => {
      if (!editing) {
        const kept = typing.current;
        typing.current = null;
        return kept ?? blankDraft(d.date, d.time, d.network);
      }
      typing.current ??= d;
      return draftOf(editing);
    });
    if (editing) textRef.current?.focus();
  }, [editingId]);

  const set = <K extends keyof MentionDraft>(key: K, value: MentionDraft[K]) => {
    setDone(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const suggested = draft.subject === null ? suggestSubject(draft.text, hints) : null;
  const subject = draft.subject ?? suggested ?? { kind: 'brand' as const };
  const errors = fieldErrors(t, failure);
  const invalid = isRpcFailure(failure) && failure.code === 'invalid_input';

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (pending) return;
    const audience = readAudience(draft.audience);
    setBadAudience(audience === 'bad');
    if (audience === 'bad') return;
    setFailure(null);
    const fields = mentionFields(draft, subject, audience);
    try {
      const saved = editing
        ? await update.mutateAsync({ id: editing.id, ...fields })
        : await create.mutateAsync({ clientId: client.id, ...fields });
      if (!editing) setDraft(nextDraft(draft));
      setDone(editing ? 'saved' : 'added');
      onDone(saved, !editing);
      textRef.current?.focus();
    } catch (error) {
      setFailure(error);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape' && editing) {
      e.preventDefault();
      onCancelEdit();
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={`${id}-title`}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      noValidate
    >
      <div className={styles.formHead}>
        <h2 id={`${id}-title`} className={styles.formTitle}>
          {editing ? t('listening.form.editTitle') : t('listening.form.title')}
        </h2>
        {titleAction}
      </div>
      <FormAlert message={invalid ? t('errors.invalid_input') : null} />
      <Field id={field('text')} label={t('listening.form.text')} error={errors.text}>
        <textarea
          ref={textRef}
          {...controlProps(field('text'), undefined, errors.text)}
          className={`${inputs.input} ${styles.text}`}
          rows={2}
          placeholder={t('listening.form.textPlaceholder')}
          value={draft.text}
          onChange={(e) => set('text', e.target.value)}
        />
      </Field>
      <SentimentPicker
        id={field('sentiment')}
        value={draft.sentiment}
        onChange={(s) => set('sentiment', s)}
      />
      <div className={styles.row}>
        <Field
          id={field('subject')}
          label={t('listening.form.subject')}
          hint={suggested ? t('listening.form.suggested') : undefined}
          error={errors.subject}
        >
          <SubjectSelect
            {...controlProps(
              field('subject'),
              suggested ? t('listening.form.suggested') : undefined,
              errors.subject,
            )}
            clientName={client.name}
            choices={choices}
            value={subject}
            onChange={(s) => set('subject', s)}
          />
        </Field>
        <Field id={field('network')} label={t('listening.form.network')} error={errors.network}>
          <select
            {...controlProps(field('network'), undefined, errors.network)}
            className={inputs.input}
            value={draft.network}
            onChange={(e) => set('network', e.target.value as MentionDraft['network'])}
          >
            {NETWORK_IDS.map((n) => (
              <option key={n} value={n}>
                {networkName(t, n)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className={styles.row}>
        <Field id={field('date')} label={t('listening.form.date')} error={errors.date}>
          <DateInput
            {...controlProps(field('date'), undefined, errors.date)}
            value={draft.date}
            onChange={(v) => v && set('date', v)}
          />
        </Field>
        <Field id={field('time')} label={t('listening.form.time')} error={errors.time}>
          <TimeInput
            {...controlProps(field('time'), undefined, errors.time)}
            value={draft.time}
            onChange={(v) => v && set('time', v)}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field id={field('author')} label={t('listening.form.author')} error={errors.author}>
          <input
            {...controlProps(field('author'), undefined, errors.author)}
            className={inputs.input}
            placeholder={t('listening.form.authorPlaceholder')}
            value={draft.author}
            onChange={(e) => set('author', e.target.value)}
          />
        </Field>
        <Field
          id={field('audience')}
          label={t('listening.form.audience')}
          hint={t('listening.form.audienceHint')}
          error={badAudience ? t('listening.form.badAudience') : errors.authorAudience}
        >
          <input
            {...controlProps(
              field('audience'),
              t('listening.form.audienceHint'),
              badAudience ? t('listening.form.badAudience') : errors.authorAudience,
            )}
            className={inputs.input}
            inputMode="numeric"
            value={draft.audience}
            onChange={(e) => set('audience', e.target.value)}
          />
        </Field>
      </div>
      <Field id={field('url')} label={t('listening.form.url')} error={errors.url}>
        <input
          {...controlProps(field('url'), undefined, errors.url)}
          className={inputs.input}
          type="url"
          placeholder="https://"
          value={draft.url}
          onChange={(e) => set('url', e.target.value)}
        />
      </Field>
      <AnswersField
        id={field('post')}
        client={client}
        date={draft.date}
        value={draft.postId}
        onChange={(postId) => set('postId', postId)}
        error={errors.postId}
      />
      <TagInput
        id={field('tags')}
        label={t('listening.form.tags')}
        hint={t('listening.form.tagsHint')}
        tags={draft.tags}
        known={knownTags}
        onChange={(tags) => set('tags', tags)}
        error={errors.tags}
      />
      <div className={styles.formActions}>
        <Button type="submit" variant="primary" disabled={pending} aria-describedby={`${id}-keys`}>
          {editing ? t('listening.form.save') : t('listening.form.add')}
        </Button>
        {editing ? (
          <Button variant="ghost" onClick={onCancelEdit}>
            {t('listening.form.cancel')}
          </Button>
        ) : (
          moreAction
        )}
        <span id={`${id}-keys`} className={styles.keys}>
          {t('listening.form.keys')}
        </span>
      </div>
      {/* Said once the mention is in: the form is already empty for the next one. */}
      <p role="status" className={styles.done}>
        {done && t(`listening.form.${done}`)}
      </p>
    </form>
  );
}
