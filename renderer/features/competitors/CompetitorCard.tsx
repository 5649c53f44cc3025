import { type CSSProperties, useState } from 'react';
import type { Competitor } from '../../../shared/domain/competitor.ts';
import { renderNotes } from '../../common/format/render-notes.tsx';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { Badge } from '../../ui/Badge.tsx';
import { Button } from '../../ui/Button.tsx';
import prose from '../../ui/Prose.module.css';
import styles from './CompetitorCard.module.css';

export interface CompetitorCardProps {
  competitor: Competitor;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
  onDelete: () => void;
}

/** Long enough to be cut to its first lines, with a way to read it all. */
const isLong = (notes: string) => notes.length > 200 || notes.trim().split('\n').length > 3;

/** What works for them: its first lines, the rest a click (or Enter) away. */
function NotesPreview({ id, notes }: { id: string; notes: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const long = isLong(notes);
  return (
    <section className={styles.notes} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className={styles.notesTitle}>
        {t('competitors.card.notes')}
      </h4>
      <div id={id} className={`${prose.prose} ${long && !open ? styles.clamped : ''}`}>
        {renderNotes(notes)}
      </div>
      {long && (
        <button
          type="button"
          className={styles.more}
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen(!open)}
        >
          {t(open ? 'competitors.card.less' : 'competitors.card.more')}
        </button>
      )}
    </section>
  );
}

/** One competitor at a glance: its colour and name, where it posts, its tags, what works for it. */
export function CompetitorCard({ competitor, onEdit, onArchive, onDelete }: CompetitorCardProps) {
  const { t } = useTranslation();
  const titleId = `competitor-${competitor.id}`;
  const { name } = competitor;
  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      data-archived={competitor.archived || undefined}
      style={{ '--competitor-color': competitor.color } as CSSProperties}
    >
      <header className={styles.header}>
        <span className={styles.swatch} aria-hidden="true" />
        <h3 id={titleId} className={styles.name}>
          {name}
        </h3>
        {competitor.archived && <Badge tone="warn">{t('common.archived')}</Badge>}
      </header>
      {competitor.accounts.length > 0 ? (
        <ul className={styles.accounts} aria-label={t('competitors.card.accounts', { name })}>
          {competitor.accounts.map((a) => (
            <li key={a.id} className={styles.account}>
              <NetworkBadge network={a.network} />
              {a.url ? (
                <a className={styles.handle} href={a.url} target="_blank" rel="noreferrer">
                  {a.handle}
                </a>
              ) : (
                <span className={styles.handle}>{a.handle}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.bare}>{t('competitors.card.noAccounts')}</p>
      )}
      {competitor.tags.length > 0 && (
        <ul className={styles.tags} aria-label={t('competitors.card.tags')}>
          {competitor.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {competitor.notes.trim() !== '' && <NotesPreview id={`${titleId}-notes`} notes={competitor.notes} />}
      <footer className={styles.actions}>
        <Button size="small" onClick={onEdit} aria-label={t('competitors.card.editLabel', { name })}>
          {t('common.edit')}
        </Button>
        <Button
          size="small"
          variant="ghost"
          onClick={() => onArchive(!competitor.archived)}
          aria-label={t(
            competitor.archived ? 'competitors.card.unarchiveLabel' : 'competitors.card.archiveLabel',
            {
              name,
            },
          )}
        >
          {t(competitor.archived ? 'common.unarchive' : 'common.archive')}
        </Button>
        <Button
          size="small"
          variant="dangerGhost"
          onClick={onDelete}
          aria-label={t('competitors.card.deleteLabel', { name })}
        >
          {t('common.delete')}
        </Button>
      </footer>
    </article>
  );
}
