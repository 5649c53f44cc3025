import { afterSuccess } from '../../api/settle.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useDeleteAudit } from './queries.ts';

/** Deleting an audit puts it in the trash and says so, with Undo on the toast (and Ctrl+Z). */
export function useDeleteAuditWithUndo() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteAudit();
  return (audit: { id: string }, label: string, then?: () => void) =>
    afterSuccess(remove.mutateAsync({ id: audit.id }), (item) => {
      undo.deleted(item, t('audit.deleted', { label }));
      then?.();
    });
}
