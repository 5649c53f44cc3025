import { format } from 'date-fns';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { afterSuccess } from '../../api/settle.ts';
import { fetchPost, useMovePosts } from '../../common/data/post-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { MoveTarget } from './move-by.ts';

/**
 * After the composer closes: a post whose new date is off screen (a typo, 2024 for 2026) would
 * vanish without a word. Says where it went, with "Go there" and Undo (back to where it was).
 */
export function useMovedAway(options: {
  zone: string;
  /** The days on screen, `to` excluded; null while a search shows every date. */
  shown: { from: IsoDate; to: IsoDate } | null;
  goTo: (date: IsoDate) => void;
}): (postId: string, before: MoveTarget) => void {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const undo = useUndo();
  const move = useMovePosts();
  const { zone, shown, goTo } = options;
  return (postId, before) => {
    if (!shown) return;
    afterSuccess(fetchPost(postId), (post) => {
      const now = utcToZoned(post.plannedAt, zone);
      if (now.date === before.date || (now.date >= shown.from && now.date < shown.to)) return;
      undo.changed({
        message: t('planning.movedAway', {
          words: firstWords(post.caption, 40) || t('posts.untitled'),
          date: format(noonOf(now.date), 'EEEE d MMMM yyyy', { locale }),
          time: now.time,
        }),
        undo: () =>
          move.mutate({ ids: [postId], date: before.date, time: before.time, occurrence: before.occurrence }),
        secondary: { label: t('planning.goThere'), run: () => goTo(now.date) },
      });
    });
  };
}
