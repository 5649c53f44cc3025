import { format } from 'date-fns';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { useIdeaToPost, useUpdateIdea } from '../../common/data/idea-queries.ts';
import { useDeletePosts } from '../../common/data/post-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { navigate } from '../../common/hooks/route.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useCalendarView } from '../../common/hooks/use-calendar-view.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

export interface PlanInput {
  channelId: string;
  date: IsoDate;
  time: string;
}

/**
 * An idea made into a draft of the calendar, said with its day ("Draft planned for Thu 14 Jan"),
 * Undo (the draft goes to the Trash, the idea back to what it was) and a way to the calendar on
 * that week.
 */
export function usePlanIdea(client: Client) {
  const { t } = useTranslation();
  const language = useLanguage();
  const undo = useUndo();
  const toPost = useIdeaToPost();
  const removePosts = useDeletePosts();
  const update = useUpdateIdea();
  const calendar = useCalendarView(client.id, client.timeZone);
  return {
    pending: toPost.isPending,
    async plan(idea: Idea, input: PlanInput) {
      const planned = await toPost.mutateAsync({ id: idea.id, ...input });
      const day = format(noonOf(input.date), 'EEE d MMM', { locale: dateLocale(language) });
      undo.changed({
        message: t('ideas.plan.done', { day }),
        undo: () => {
          removePosts.mutate({ ids: [planned.post.id] });
          update.mutate({ id: idea.id, ...planned.before });
        },
        secondary: {
          label: t('ideas.plan.openCalendar'),
          run: () => {
            calendar.show('week', input.date);
            navigate({ name: 'calendar', clientId: client.id });
          },
        },
      });
      return planned;
    },
  };
}
