import { afterSuccess } from '../../api/settle.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useDeleteReport } from './queries.ts';

/** Deleting a report puts it in the trash and says so, with Undo on the toast (and Ctrl+Z). */
export function useDeleteReportWithUndo() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteReport();
  return (report: { id: string }, label: string, then?: () => void) =>
    afterSuccess(remove.mutateAsync({ id: report.id }), (item) => {
      undo.deleted(item, t('reportScreen.deleted', { label }));
      then?.();
    });
}
