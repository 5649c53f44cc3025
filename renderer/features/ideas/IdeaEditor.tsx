import { type KeyboardEvent, type Ref, type RefObject, useEffect, useId, useMemo, useState } from 'react';
import type { Expert } from '../../../shared/domain/expert.ts';
import { IDEA_STATUSES, IDEA_TITLE_MAX, type Idea } from '../../../shared/domain/idea.ts';
import type { Pillar } from '../../../shared/domain/pillar.ts';
import type { Segment } from '../../../shared/domain/segment.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';
import { TagInput } from '../../ui/TagInput.tsx';
import { byTopic } from './experts-by-topic.ts';
import styles from './IdeaEditor.module.css';
import { type DraftField, withScheme } from './idea-draft.ts';
import { PictureField, usePicture } from './PictureField.tsx';
import { carriesFiles, pickedFile } from './picture-file.ts';
import { useIdeaAutosave } from './use-idea-autosave.ts';

export interface IdeaEditorProps {
  idea: Idea;
  clientName: string;
  pillars: readonly Pillar[];
  segments: readonly Segment[];
  experts: readonly Expert[];
  knownTags: readonly string[];
  titleRef?: Ref<HTMLInputElement>;
  /** Given the editor's flush while it is open. */
  flushRef?: RefObject<(() => Promise<boolean>) | null>;
  onPlan: () => void;
  onDelete: () => void;
  /** Into the shared bank (null) or the client's. */
  onMove: (clientId: string | null) => void;
  clientId: string;
  /** Esc: back to the idea in the list. */
  onLeave: () => void;
  onAddExpert: () => void;
}

/** Everything about one idea, saved as it is typed; a picture dropped anywhere on it is taken. */
export function IdeaEditor({
  idea,
  clientName,
  pillars,
  segments,
  experts,
  knownTags,
  titleRef,
  flushRef,
  onPlan,
  onDelete,
  onMove,
  clientId,
  onLeave,
  onAddExpert,
}: IdeaEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const { draft, change, state, issues, flush } = useIdeaAutosave(idea);
  // The screen writes what is pending before it trashes or plans the idea.
  useEffect(() => {
    if (!flushRef) return;
    flushRef.current = flush;
    return () => {
      flushRef.current = null;
    };
  }, [flush, flushRef]);
  const picture = usePicture(idea);
  const [over, setOver] = useState(false);
  const shared = idea.clientId === null;
  const error = (field: DraftField) => {
    const issue = issues[field];
    return issue ? issueMessage(t, issue) : undefined;
  };
  const topics = useMemo(() => byTopic(experts, language), [experts, language]);
  const expert = experts.find((e) => e.id === draft.expertId);
  const titleLength = draft.title.trim().length;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      onLeave();
    }
  };

  return (
    <section
      className={styles.editor}
      aria-labelledby={id('heading')}
      data-over={over || undefined}
      onKeyDown={onKeyDown}
      onDragOver={(e) => {
        if (!carriesFiles([...e.dataTransfer.types])) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        const file = pickedFile([...e.dataTransfer.files]);
        setOver(false);
        if (!file) return;
        e.preventDefault();
        void picture.add(file);
      }}
    >
      <div className={styles.head}>
        <h2 id={id('heading')} className={styles.heading}>
          {t('ideas.editor.heading')}
        </h2>
        <span role="status" className={styles.save} data-state={state}>
          {t(`ideas.editor.save.${state}`)}
        </span>
      </div>
      <Field
        id={id('title')}
        label={t('ideas.editor.title')}
        error={
          error('title') ??
          (titleLength > IDEA_TITLE_MAX
            ? t('ideas.capture.tooLong', { max: IDEA_TITLE_MAX, typed: titleLength })
            : undefined)
        }
      >
        <input
          ref={titleRef}
          {...controlProps(
            id('title'),
            undefined,
            error('title') ?? (titleLength > IDEA_TITLE_MAX ? 'x' : undefined),
          )}
          className={`${inputs.input} ${styles.title}`}
          value={draft.title}
          autoComplete="off"
          onChange={(e) => change({ title: e.target.value })}
        />
      </Field>
      <fieldset className={styles.statuses}>
        <legend className={styles.legend}>{t('ideas.editor.status')}</legend>
        <div className={styles.segmented}>
          {IDEA_STATUSES.map((s, i) => (
            <label key={s} className={styles.segment} data-status={s}>
              <input
                type="radio"
                name={id('status')}
                value={s}
                checked={draft.status === s}
                onChange={() => change({ status: s })}
              />
              {t(`ideas.statuses.${s}`)}
              <span className={styles.key} aria-hidden="true">
                {i + 1}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={id('notes')} label={t('ideas.editor.notes')} error={error('notes')}>
        <textarea
          {...controlProps(id('notes'), undefined, error('notes'))}
          className={`${inputs.textarea} ${styles.notes}`}
          placeholder={t('ideas.editor.notesPlaceholder')}
          value={draft.notes}
          onChange={(e) => change({ notes: e.target.value })}
        />
      </Field>
      <Field id={id('source')} label={t('ideas.editor.source')} error={error('sourceUrl')}>
        <span className={styles.withLink}>
          <input
            {...controlProps(id('source'), undefined, error('sourceUrl'))}
            className={inputs.input}
            type="url"
            placeholder="https://"
            value={draft.sourceUrl}
            autoComplete="off"
            onChange={(e) => change({ sourceUrl: e.target.value })}
            onBlur={() => {
              const fixed = withScheme(draft.sourceUrl.trim());
              if (fixed !== draft.sourceUrl) change({ sourceUrl: fixed });
            }}
          />
          {idea.sourceUrl && (
            <a
              className={styles.open}
              href={idea.sourceUrl}
              target="_blank"
              rel="noreferrer noopener"
              aria-label={t('ideas.editor.openSource')}
              title={idea.sourceUrl}
            >
              ↗
            </a>
          )}
        </span>
      </Field>
      <Field
        id={id('expert')}
        label={t('ideas.editor.expert')}
        hint={expert?.why ? expert.why : undefined}
        error={error('expertId')}
      >
        <span className={styles.withLink}>
          <select
            {...controlProps(id('expert'), expert?.why ? 'x' : undefined, error('expertId'))}
            className={inputs.select}
            value={draft.expertId ?? ''}
            onChange={(e) => change({ expertId: e.target.value || null })}
          >
            <option value="">{t('ideas.editor.noExpert')}</option>
            {topics.map((group) => (
              <optgroup key={group.topic} label={group.topic || t('ideas.experts.noTopic')}>
                {group.experts.map((e) => (
                  <option key={e.id} value={e.id}>
                    {e.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <Button size="small" variant="ghost" onClick={onAddExpert} className={styles.addExpert}>
            {t('ideas.editor.addExpert')}
          </Button>
        </span>
      </Field>
      <PictureField idea={idea} picture={picture} />
      <TagInput
        id={id('tags')}
        label={t('ideas.editor.tags')}
        hint={t('ideas.editor.tagsHint')}
        tags={draft.tags}
        known={knownTags}
        onChange={(tags) => change({ tags })}
        error={error('tags')}
      />
      <div className={styles.row}>
        <Field id={id('network')} label={t('ideas.editor.network')} error={error('network')}>
          <select
            {...controlProps(id('network'), undefined, error('network'))}
            className={inputs.select}
            value={draft.network ?? ''}
            onChange={(e) => change({ network: (e.target.value || null) as NetworkId | null })}
          >
            <option value="">{t('ideas.editor.anyNetwork')}</option>
            {NETWORK_IDS.map((n) => (
              <option key={n} value={n}>
                {networkName(t, n)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('useBefore')} label={t('ideas.editor.useBefore')} error={error('useBefore')}>
          <DateInput
            {...controlProps(id('useBefore'), undefined, error('useBefore'))}
            className={inputs.input}
            value={draft.useBefore ?? ''}
            onChange={(v) => change({ useBefore: v || null })}
          />
        </Field>
      </div>
      <div className={styles.row}>
        <Field
          id={id('pillar')}
          label={t('ideas.editor.pillar')}
          hint={shared ? t('ideas.editor.sharedNoPillar') : undefined}
          error={error('pillarId')}
        >
          <select
            {...controlProps(id('pillar'), shared ? 'x' : undefined, error('pillarId'))}
            className={inputs.select}
            value={draft.pillarId ?? ''}
            disabled={shared}
            onChange={(e) => change({ pillarId: e.target.value || null })}
          >
            <option value="">{t('ideas.editor.noPillar')}</option>
            {pillars.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id={id('segment')}
          label={t('ideas.editor.segment')}
          hint={shared ? t('ideas.editor.sharedNoSegment') : undefined}
          error={error('segmentId')}
        >
          <select
            {...controlProps(id('segment'), shared ? 'x' : undefined, error('segmentId'))}
            className={inputs.select}
            value={draft.segmentId ?? ''}
            disabled={shared}
            onChange={(e) => change({ segmentId: e.target.value || null })}
          >
            <option value="">{t('ideas.editor.noSegment')}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field id={id('bank')} label={t('ideas.editor.bank')} hint={t('ideas.editor.bankHint')}>
        <select
          {...controlProps(id('bank'), 'x')}
          className={inputs.select}
          value={idea.clientId === null ? '' : clientId}
          onChange={(e) => onMove(e.target.value || null)}
        >
          <option value={clientId}>{t('ideas.scope.client', { client: clientName })}</option>
          <option value="">{t('ideas.scope.shared')}</option>
        </select>
      </Field>
      {idea.postIds.length > 0 && (
        <p className={styles.posts}>{t('ideas.editor.posts', { count: idea.postIds.length })}</p>
      )}
      <div className={styles.actions}>
        <Button variant="primary" onClick={onPlan} aria-keyshortcuts="P">
          {t('ideas.editor.plan')}
        </Button>
        <Button variant="dangerGhost" onClick={onDelete}>
          {t('ideas.editor.delete')}
        </Button>
      </div>
      {over && (
        <div className={styles.dropHint} aria-hidden="true">
          {t('ideas.picture.drop')}
        </div>
      )}
    </section>
  );
}
