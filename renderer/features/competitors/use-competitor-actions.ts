import type { Competitor } from '../../../shared/domain/competitor.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useArchiveCompetitor, useDeleteCompetitor } from '../../common/data/listening-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';

/**
 * Archiving takes a competitor off the readings and the benchmark (its history kept), deleting puts
 * it in the trash; both say so with Undo, and Ctrl+Z takes either back.
 */
export function useCompetitorActions() {
  const { t } = useTranslation();
  const undo = useUndo();
  const archive = useArchiveCompetitor();
  const remove = useDeleteCompetitor();
  const setArchived = (competitor: Competitor, archived: boolean, announce: boolean) =>
    afterSuccess(archive.mutateAsync({ id: competitor.id, archived }), () => {
      if (!announce) return;
      undo.changed({
        message: t(archived ? 'competitors.archivedToast' : 'competitors.unarchivedToast', {
          name: competitor.name,
        }),
        undo: () => setArchived(competitor, !archived, false),
      });
    });
  return {
    setArchived: (competitor: Competitor, archived: boolean) => setArchived(competitor, archived, true),
    delete(competitor: Competitor) {
      afterSuccess(remove.mutateAsync({ id: competitor.id }), (item) =>
        undo.deleted(item, t('competitors.deleted', { name: competitor.name })),
      );
    },
  };
}
