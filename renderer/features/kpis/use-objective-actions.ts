import type { Objective } from '../../../shared/domain/objective.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useDeleteObjective } from '../../common/data/kpi-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';

/** Deleting an objective moves it to the trash, with Undo in the toast (and Ctrl+Z). */
export function useObjectiveActions() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteObjective();
  return {
    delete(objective: Objective) {
      afterSuccess(remove.mutateAsync({ id: objective.id }), (item) =>
        undo.deleted(item, t('kpis.objectives.deleted', { title: objective.title })),
      );
    },
  };
}
