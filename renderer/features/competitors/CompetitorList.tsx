import type { Competitor } from '../../../shared/domain/competitor.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { Button } from '../../ui/Button.tsx';
import inputs from '../../ui/inputs.module.css';
import { CompetitorCard } from './CompetitorCard.tsx';
import styles from './CompetitorsPage.module.css';
import { useCompetitorActions } from './use-competitor-actions.ts';

export interface CompetitorListProps {
  competitors: readonly Competitor[];
  showArchived: boolean;
  onShowArchived: (show: boolean) => void;
  /** How many are archived, whether shown or not: the toggle says it. */
  archivedCount: number;
  onNew: () => void;
  onEdit: (competitor: Competitor) => void;
}

/** The client's competitors as cards, live ones first; archived ones on demand, dimmed. */
export function CompetitorList({
  competitors,
  showArchived,
  onShowArchived,
  archivedCount,
  onNew,
  onEdit,
}: CompetitorListProps) {
  const { t } = useTranslation();
  const actions = useCompetitorActions();
  const shown = [...competitors].sort((a, b) => Number(a.archived) - Number(b.archived));
  return (
    <>
      <div className={styles.toolbar}>
        <p className={styles.intro}>{t('competitors.list.intro')}</p>
        <div className={styles.tools}>
          <label className={inputs.check}>
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => onShowArchived(e.target.checked)}
            />
            {t('competitors.list.showArchived', { count: archivedCount })}
          </label>
          <Button variant="primary" onClick={onNew}>
            {t('competitors.new')}
          </Button>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className={styles.allArchived}>{t('competitors.list.allArchived', { count: archivedCount })}</p>
      ) : (
        <div className={styles.cards}>
          {shown.map((competitor) => (
            <CompetitorCard
              key={competitor.id}
              competitor={competitor}
              onEdit={() => onEdit(competitor)}
              onArchive={(archived) => actions.setArchived(competitor, archived)}
              onDelete={() => actions.delete(competitor)}
            />
          ))}
        </div>
      )}
    </>
  );
}
