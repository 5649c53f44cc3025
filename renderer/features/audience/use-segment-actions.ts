import type { Segment } from '../../../shared/domain/segment.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useDeleteSegment } from '../../common/data/segment-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';

/** Deleting a segment puts it in the trash, with Undo (its posts keep pointing at it meanwhile). */
export function useSegmentActions() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteSegment();
  return {
    delete(segment: Segment) {
      afterSuccess(remove.mutateAsync({ id: segment.id }), (item) =>
        undo.deleted(item, t('audience.deleted', { name: segment.name })),
      );
    },
  };
}
