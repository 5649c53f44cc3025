import type { Idea, IdeaStatus } from '../../../shared/domain/idea.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useDeleteIdea, useUpdateIdea } from '../../common/data/idea-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';

/**
 * An idea to the Trash, a status set from the keyboard, an idea moved between a client's bank and
 * the shared one: each says so with Undo, and Ctrl+Z takes it back.
 */
export function useIdeaActions() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteIdea();
  const update = useUpdateIdea();
  return {
    remove(idea: Idea, then?: () => void) {
      afterSuccess(remove.mutateAsync({ id: idea.id }), (item) => {
        undo.deleted(item, t('ideas.deleted', { title: idea.title }));
        then?.();
      });
    },
    setStatus(idea: Idea, status: IdeaStatus, then?: () => void) {
      if (status === idea.status) return;
      afterSuccess(update.mutateAsync({ id: idea.id, status }), () => {
        then?.();
        undo.changed({
          message: t('ideas.statusChanged', {
            from: t(`ideas.statuses.${idea.status}`),
            to: t(`ideas.statuses.${status}`),
          }),
          undo: () => update.mutate({ id: idea.id, status: idea.status }),
        });
      });
    },
    /**
     * Into the shared bank or a client's: a shared idea has no pillar nor segment (each client has
     * its own), so they go when it is shared, and come back with an undo.
     */
    move(
      idea: Idea,
      clientId: string | null,
      message: string,
      secondary?: { label: string; run: () => void },
    ) {
      if (clientId === idea.clientId) return;
      const leaving = clientId === null ? { pillarId: null, segmentId: null } : {};
      afterSuccess(update.mutateAsync({ id: idea.id, clientId, ...leaving }), () =>
        undo.changed({
          message,
          undo: () =>
            update.mutate({
              id: idea.id,
              clientId: idea.clientId,
              pillarId: idea.pillarId,
              segmentId: idea.segmentId,
            }),
          ...(secondary ? { secondary } : {}),
        }),
      );
    },
  };
}
