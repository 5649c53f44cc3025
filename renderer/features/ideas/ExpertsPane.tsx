import { useId, useMemo, useState } from 'react';
import type { Expert, ExpertCreate } from '../../../shared/domain/expert.ts';
import { afterSuccess } from '../../api/settle.ts';
import {
  useCreateExpert,
  useDeleteExpert,
  useExperts,
  useUpdateExpert,
} from '../../common/data/idea-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { FormDialog } from '../../ui/FormDialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { ExpertForm } from './ExpertForm.tsx';
import styles from './ExpertsPane.module.css';
import { byTopic, knownTopics, matchExperts } from './experts-by-topic.ts';
import page from './IdeasPage.module.css';

/**
 * The accounts and newsletters worth following, by topic, each with its link and why it helps:
 * where ideas come from (an idea names its expert). The list is the user's, for every client.
 */
export function ExpertsPane({
  adding,
  onAddingChange,
  onCreated,
}: {
  /** The add dialog is open (asked from an idea's editor too). */
  adding: boolean;
  onAddingChange: (adding: boolean) => void;
  /** An expert was added (the idea that asked for it takes it); closing without one is `null`. */
  onCreated: (expert: Expert | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  const experts = useExperts();
  const create = useCreateExpert();
  const update = useUpdateExpert();
  const remove = useDeleteExpert();
  const undo = useUndo();
  const [editing, setEditing] = useState<Expert | null>(null);
  const [search, setSearch] = useState('');
  const all = experts.data ?? [];
  const groups = useMemo(() => byTopic(matchExperts(all, search), language), [all, search, language]);
  const topics = useMemo(() => knownTopics(all, language), [all, language]);
  const open = adding || editing !== null;
  const close = () => {
    onAddingChange(false);
    setEditing(null);
  };

  const save = async (input: ExpertCreate) => {
    if (editing) {
      await update.mutateAsync({ id: editing.id, ...input });
      close();
      return;
    }
    const expert = await create.mutateAsync(input);
    close();
    onCreated(expert);
  };

  const deleteExpert = (expert: Expert) =>
    afterSuccess(remove.mutateAsync({ id: expert.id }), (item) =>
      undo.deleted(item, t('ideas.experts.deleted', { name: expert.name })),
    );

  const addButton = (
    <Button variant="primary" onClick={() => onAddingChange(true)}>
      {t('ideas.experts.add')}
    </Button>
  );

  return (
    <div className={page.scroller}>
      <div className={page.column}>
        <p className={page.intro}>{t('ideas.experts.intro')}</p>
        {experts.data && all.length === 0 ? (
          <EmptyState title={t('ideas.experts.emptyTitle')} action={addButton}>
            <p>{t('ideas.experts.emptyBody')}</p>
          </EmptyState>
        ) : (
          <div className={page.toolbar}>
            <input
              type="search"
              className={`${inputs.input} ${styles.search}`}
              aria-label={t('ideas.experts.search')}
              placeholder={t('ideas.experts.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
            {addButton}
          </div>
        )}
        {all.length > 0 && groups.length === 0 && <p className={styles.none}>{t('ideas.experts.noMatch')}</p>}
        {groups.map((group, i) => (
          <section key={group.topic} className={styles.group} aria-labelledby={`${base}-topic-${i}`}>
            <h2 id={`${base}-topic-${i}`} className={styles.topic}>
              {group.topic || t('ideas.experts.noTopic')}
              <span className={styles.topicCount}>{group.experts.length}</span>
            </h2>
            <ul className={styles.list}>
              {group.experts.map((expert) => (
                <li key={expert.id} className={styles.expert}>
                  <div className={styles.who}>
                    <span className={styles.name}>
                      {expert.url ? (
                        <a href={expert.url} target="_blank" rel="noreferrer noopener">
                          {expert.name}
                        </a>
                      ) : (
                        expert.name
                      )}
                    </span>
                    {expert.network ? (
                      <NetworkBadge network={expert.network} />
                    ) : (
                      <span className={styles.kind}>{t('ideas.experts.newsletterShort')}</span>
                    )}
                  </div>
                  {expert.why && <p className={styles.why}>{expert.why}</p>}
                  <div className={styles.buttons}>
                    <Button
                      size="small"
                      variant="ghost"
                      onClick={() => setEditing(expert)}
                      aria-label={t('ideas.experts.editOf', { name: expert.name })}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button
                      size="small"
                      variant="dangerGhost"
                      onClick={() => deleteExpert(expert)}
                      aria-label={t('ideas.experts.deleteOf', { name: expert.name })}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {open && (
        <FormDialog
          title={editing ? t('ideas.experts.editTitle', { name: editing.name }) : t('ideas.experts.addTitle')}
          description={t('ideas.experts.formIntro')}
          submitLabel={editing ? t('ideas.experts.save') : t('ideas.experts.create')}
          onClose={() => {
            if (!editing) onCreated(null);
            close();
          }}
        >
          {(form) => <ExpertForm {...form} expert={editing ?? undefined} topics={topics} onSubmit={save} />}
        </FormDialog>
      )}
    </div>
  );
}
