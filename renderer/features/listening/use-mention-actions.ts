import type { Mention, Sentiment } from '../../../shared/domain/mention.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useDeleteMentions, useUpdateMention } from '../../common/data/listening-queries.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';

/** A mention to the Trash with Undo; a sentiment changed from the list, with Undo too. */
export function useMentionActions() {
  const { t } = useTranslation();
  const undo = useUndo();
  const remove = useDeleteMentions();
  const update = useUpdateMention();
  return {
    remove(mentions: readonly Mention[], then?: () => void) {
      afterSuccess(remove.mutateAsync({ ids: mentions.map((m) => m.id) }), (items) => {
        undo.deleted(items, t('listening.deleted', { count: items.length }));
        then?.();
      });
    },
    setSentiment(mention: Mention, sentiment: Sentiment, then?: () => void) {
      afterSuccess(update.mutateAsync({ id: mention.id, sentiment }), () => {
        then?.();
        undo.changed({
          message: t('listening.sentimentChanged', {
            from: t(`listening.sentiments.${mention.sentiment}`),
            to: t(`listening.sentiments.${sentiment}`),
          }),
          undo: () => update.mutate({ id: mention.id, sentiment: mention.sentiment }),
        });
      });
    },
  };
}
