import { useId, useState } from 'react';
import type { Attachment } from '../../../shared/domain/attachment.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { POST_FORMATS, POST_STATUSES, type Post, type PostFormat } from '../../../shared/domain/post.ts';
import { useCampaigns, usePillars } from '../../common/data/post-queries.ts';
import { networkName } from '../../common/format/network-name.ts';
import { TargetSegments } from '../../common/widgets/TargetSegments.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { Button } from '../../ui/Button.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { ApprovalNote } from './ApprovalNote.tsx';
import { AttachmentsField } from './AttachmentsField.tsx';
import { CaptionChecks } from './CaptionChecks.tsx';
import styles from './Composer.module.css';
import { PlanningWarningNote, TimeChangeNote } from './ComposerNotes.tsx';
import { PostPreview } from './PostPreview.tsx';
import type { DraftField, PostDraft } from './post-draft.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { usePostAutosave } from './use-post-autosave.ts';

export interface ComposerProps {
  client: Client;
  channels: readonly Channel[];
  post: Post | null;
  initial: PostDraft;
  /** With the post's id once it exists: the page says where it went if its date took it off screen. */
  onClose: (postId: string | null) => void;
  onDelete: (post: Post) => void;
  onDuplicate: (post: Post) => void;
}

/**
 * Writing a post: every field is saved as it changes (no Save button to forget), the network's
 * limits are checked live, and a preview shows it as the network will.
 */
export function Composer({ client, channels, post, initial, onClose, onDelete, onDuplicate }: ComposerProps) {
  const { t } = useTranslation();
  const base = useId();
  const id = (field: string) => `${base}-${field}`;
  const { draft, change, state, issues, postId, currentId, flush, ensureCreated } = usePostAutosave(
    client.id,
    post,
    initial,
  );
  const [attachments, setAttachments] = useState<readonly Attachment[]>(post?.attachments ?? []);
  const pillars = usePillars(client.id).data ?? [];
  const campaigns = useCampaigns(client.id).data ?? [];
  const channel = channels.find((c) => c.id === draft.channelId);
  const error = (field: DraftField) => {
    const issue = issues[field];
    return issue ? issueMessage(t, issue) : undefined;
  };
  // A change that cannot be saved (a half-typed date, a post deleted meanwhile) must not trap the
  // user in the composer: they are told, and may keep editing or leave without it.
  const [unsaved, setUnsaved] = useState(false);
  const close = async () => {
    if (await flush()) onClose(currentId());
    else setUnsaved(true);
  };
  const text = (field: 'caption' | 'linkUrl' | 'campaign' | 'notes' | 'budget') => ({
    ...controlProps(id(field), undefined, error(field)),
    value: draft[field],
    onChange: (e: { target: { value: string } }) => change({ [field]: e.target.value }),
  });

  return (
    <>
      <Dialog
        open
        wide
        onOpenChange={(open) => !open && void close()}
        title={post || postId ? t('composer.editTitle') : t('composer.newTitle')}
        description={t('composer.description', { client: client.name })}
        footer={
          <>
            <SaveStatus state={state} />
            {post && (
              <>
                <Button
                  variant="dangerGhost"
                  onClick={async () => {
                    // The last keystrokes land before the post goes to the trash, so Undo brings them back too.
                    await flush();
                    onDelete(post);
                  }}
                >
                  {t('common.delete')}
                </Button>
                <Button
                  onClick={async () => {
                    if (await flush()) onDuplicate(post);
                  }}
                >
                  {t('duplicate.open')}
                </Button>
              </>
            )}
            <Button variant="primary" onClick={() => void close()}>
              {t('composer.done')}
            </Button>
          </>
        }
      >
        <div className={styles.layout}>
          <div className={styles.form}>
            <div className={styles.row}>
              <Field id={id('channel')} label={t('composer.channel')} error={error('channelId')}>
                <select
                  {...controlProps(id('channel'), undefined, error('channelId'))}
                  className={inputs.select}
                  value={draft.channelId}
                  onChange={(e) => change({ channelId: e.target.value })}
                >
                  {channels.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.handle} · {networkName(t, c.network)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={id('format')} label={t('composer.format')} error={error('format')}>
                <select
                  {...controlProps(id('format'), undefined, error('format'))}
                  className={inputs.select}
                  value={draft.format}
                  onChange={(e) => change({ format: e.target.value as PostFormat })}
                >
                  {POST_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {t(`posts.format.${f}`)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <div className={styles.row}>
              <Field id={id('date')} label={t('composer.date')} error={error('date')}>
                <DateInput
                  {...controlProps(id('date'), undefined, error('date'))}
                  className={inputs.input}
                  required
                  value={draft.date}
                  onChange={(date) => change({ date })}
                />
              </Field>
              <Field
                id={id('time')}
                label={t('composer.time', { zone: client.timeZone })}
                error={error('time')}
              >
                <TimeInput
                  {...controlProps(id('time'), undefined, error('time'))}
                  className={inputs.input}
                  required
                  value={draft.time}
                  onChange={(time) => change({ time })}
                />
              </Field>
            </div>
            <TimeChangeNote
              date={draft.date}
              time={draft.time}
              occurrence={draft.occurrence}
              zone={client.timeZone}
              name={id('occurrence')}
              onChange={(occurrence) => change({ occurrence })}
            />
            <fieldset className={styles.statuses}>
              <legend>{t('composer.status')}</legend>
              {POST_STATUSES.map((s) => (
                <label key={s} className={styles.status} data-status={s}>
                  <input
                    type="radio"
                    name={id('status')}
                    value={s}
                    checked={draft.status === s}
                    onChange={() => change({ status: s })}
                  />
                  {t(`posts.status.${s}`)}
                </label>
              ))}
            </fieldset>
            {post?.approval && <ApprovalNote approval={post.approval} />}
            <PlanningWarningNote
              date={draft.date}
              time={draft.time}
              occurrence={draft.occurrence}
              zone={client.timeZone}
              status={draft.status}
            />
            <Field id={id('caption')} label={t('composer.caption')} error={error('caption')}>
              <textarea
                {...text('caption')}
                aria-describedby={id('checks')}
                className={`${inputs.textarea} ${styles.caption}`}
                placeholder={t('composer.captionPlaceholder')}
                autoFocus
                // The caret goes after the text, where the writing continues.
                onFocus={(e) =>
                  e.currentTarget.setSelectionRange(
                    e.currentTarget.value.length,
                    e.currentTarget.value.length,
                  )
                }
              />
            </Field>
            {channel && <CaptionChecks id={id('checks')} network={channel.network} caption={draft.caption} />}
            <AttachmentsField
              attachments={attachments}
              setAttachments={setAttachments}
              ensurePost={ensureCreated}
            />
            <Field id={id('linkUrl')} label={t('composer.link')} error={error('linkUrl')}>
              <input {...text('linkUrl')} className={inputs.input} type="url" placeholder="https://" />
            </Field>
            <div className={styles.row}>
              <Field id={id('pillar')} label={t('composer.pillar')} error={error('pillarId')}>
                <select
                  {...controlProps(id('pillar'), undefined, error('pillarId'))}
                  className={inputs.select}
                  value={draft.pillarId}
                  onChange={(e) => change({ pillarId: e.target.value })}
                >
                  <option value="">{t('composer.noPillar')}</option>
                  {pillars.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={id('campaign')} label={t('composer.campaign')} error={error('campaign')}>
                <input
                  {...text('campaign')}
                  className={inputs.input}
                  list={id('campaigns')}
                  autoComplete="off"
                />
                <datalist id={id('campaigns')}>
                  {campaigns.map((c) => (
                    <option key={c} value={c} />
                  ))}
                </datalist>
              </Field>
            </div>
            <TargetSegments
              clientId={client.id}
              value={draft.segmentIds}
              onChange={(segmentIds) => change({ segmentIds })}
              error={error('segmentIds')}
              errorId={id('segments-error')}
            />
            <div className={styles.row}>
              <label className={styles.check}>
                <input
                  type="checkbox"
                  checked={draft.paid}
                  onChange={(e) => change({ paid: e.target.checked })}
                />
                {t('composer.paid')}
              </label>
              <Field
                id={id('budget')}
                label={t('composer.budget', { currency: client.currency })}
                error={error('budget')}
              >
                <input {...text('budget')} className={inputs.input} inputMode="decimal" autoComplete="off" />
              </Field>
            </div>
            <Field id={id('notes')} label={t('composer.notes')} error={error('notes')}>
              <textarea
                {...text('notes')}
                className={inputs.textarea}
                placeholder={t('composer.notesPlaceholder')}
              />
            </Field>
          </div>
          <aside className={styles.side} aria-label={t('composer.preview.title')}>
            <h3 className={styles.sideTitle}>{t('composer.preview.title')}</h3>
            <PostPreview
              channel={channel}
              caption={draft.caption}
              linkUrl={draft.linkUrl}
              format={draft.format}
              attachments={attachments}
            />
          </aside>
        </div>
      </Dialog>
      {unsaved && (
        <ConfirmDialog
          open
          onOpenChange={(open) => !open && setUnsaved(false)}
          title={t('composer.unsaved.title')}
          description={t('composer.unsaved.body')}
          cancelLabel={t('composer.unsaved.keep')}
          confirmLabel={t('composer.unsaved.leave')}
          onConfirm={() => onClose(currentId())}
        />
      )}
    </>
  );
}
