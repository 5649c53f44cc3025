import { format } from 'date-fns';
import { useId, useState } from 'react';
import { addDays, type IsoDate } from '../../../shared/calendar/dates.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { copiedStatus } from '../../../shared/domain/post.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useCopyPosts, usePosts } from '../../common/data/post-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { useToasts } from '../../ui/toast-context.ts';
import styles from './CalendarDialogs.module.css';
import type { CalendarActions } from './calendar-actions.ts';
import { DialogForm } from './DialogForm.tsx';
import { LimitFlag } from './LimitFlag.tsx';
import { placePosts } from './post-layout.ts';

/**
 * "Copy last week": the previous week's posts come back in the week on screen, same weekday and
 * time, as drafts or keeping their statuses (a published post comes back ready). All are ticked;
 * the user unticks what should not come back.
 */
export function CopyWeekDialog({
  client,
  weekStart,
  actions,
  onClose,
}: {
  client: Client;
  weekStart: IsoDate;
  actions: CalendarActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const toasts = useToasts();
  const copy = useCopyPosts();
  const formId = useId();
  const from = addDays(weekStart, -7);
  const query = usePosts({ clientId: client.id, from, to: weekStart });
  const placed = [...placePosts(query.data ?? [], client.timeZone).values()].flat();
  // Until the user unticks something, every post but the cancelled ones is ticked.
  const [chosen, setChosen] = useState<ReadonlySet<string> | null>(null);
  const [keepStatuses, setKeepStatuses] = useState(false);
  const ticked = chosen ?? new Set(placed.filter((p) => p.post.status !== 'cancelled').map((p) => p.post.id));

  const submit = () =>
    afterSuccess(copy.mutateAsync({ ids: [...ticked], days: 7, keepStatuses }), (copies) => {
      const done = keepStatuses ? 'planning.copyWeek.doneKept' : 'copyWeek.done';
      toasts.show({ title: t(done, { count: copies.length }) });
      onClose();
    });

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('copyWeek.title')}
      description={t('copyWeek.description', {
        from: format(noonOf(from), 'd MMM', { locale }),
        to: format(noonOf(addDays(from, 6)), 'd MMM', { locale }),
      })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="submit"
            form={formId}
            variant="primary"
            disabled={ticked.size === 0 || copy.isPending}
          >
            {t('copyWeek.submit', { count: ticked.size })}
          </Button>
        </>
      }
    >
      <DialogForm
        id={formId}
        onSubmit={() => {
          if (ticked.size > 0) submit();
        }}
      >
        {query.isSuccess && placed.length === 0 && <p className={styles.hint}>{t('copyWeek.empty')}</p>}
        {placed.length > 0 && (
          <div>
            <label className={styles.option}>
              <input
                type="checkbox"
                checked={keepStatuses}
                onChange={(e) => setKeepStatuses(e.target.checked)}
                aria-describedby={`${formId}-keep`}
              />
              {t('planning.copyWeek.keep')}
            </label>
            <p id={`${formId}-keep`} className={styles.hint}>
              {t(keepStatuses ? 'planning.copyWeek.keepHint' : 'planning.copyWeek.draftHint')}
            </p>
          </div>
        )}
        <ul className={styles.rows} aria-label={t('planning.copyWeek.posts')}>
          {placed.map(({ post, date, time }) => {
            const channel = actions.channels.get(post.channelId);
            const becomes = copiedStatus(post.status, keepStatuses);
            return (
              <li key={post.id}>
                <label className={styles.option}>
                  <input
                    type="checkbox"
                    checked={ticked.has(post.id)}
                    onChange={(e) => {
                      const next = new Set(ticked);
                      if (e.target.checked) next.add(post.id);
                      else next.delete(post.id);
                      setChosen(next);
                    }}
                  />
                  <span className={styles.when}>
                    {format(noonOf(date), 'EEE', { locale })} {time}
                  </span>
                  <span className={styles.muted}>
                    {channel && `${networkName(t, channel.network)} · ${channel.handle}`}
                  </span>
                  <span className={styles.words}>{firstWords(post.caption, 60) || t('posts.untitled')}</span>
                  {channel && <LimitFlag short network={channel.network} caption={post.caption} />}
                  <span className={styles.muted}>
                    {becomes === post.status
                      ? t(`posts.status.${post.status}`)
                      : t('planning.copyWeek.becomes', {
                          from: t(`posts.status.${post.status}`),
                          to: t(`posts.status.${becomes}`),
                        })}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </DialogForm>
    </Dialog>
  );
}
