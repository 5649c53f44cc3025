import { format } from 'date-fns';
import { type FormEvent, useId, useState } from 'react';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { Post } from '../../../shared/domain/post.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useDuplicatePost } from '../../common/data/post-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import styles from './CalendarDialogs.module.css';
import { LimitFlag } from './LimitFlag.tsx';

/**
 * One post, copied to other channels of the client (same day and time, each then adapted to its
 * network) and to other dates (same channel and time). Copies are drafts.
 */
export function DuplicateDialog({
  post,
  channels,
  timeZone,
  onClose,
}: {
  post: Post;
  channels: readonly Channel[];
  timeZone: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const toasts = useToasts();
  const locale = dateLocale(useLanguage());
  const duplicate = useDuplicatePost();
  const base = useId();
  const others = channels.filter((c) => c.id !== post.channelId);
  const own = channels.find((c) => c.id === post.channelId);
  const [channelIds, setChannelIds] = useState<string[]>([]);
  const [dates, setDates] = useState<string[]>([]);
  const [date, setDate] = useState(utcToZoned(post.plannedAt, timeZone).date);
  const count = channelIds.length + dates.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (count === 0) return;
    afterSuccess(duplicate.mutateAsync({ id: post.id, channelIds, dates }), (copies) => {
      toasts.show({ title: t('duplicate.done', { count: copies.length }) });
      onClose();
    });
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('duplicate.title')}
      description={t('duplicate.description')}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={base} variant="primary" disabled={count === 0 || duplicate.isPending}>
            {t('duplicate.submit', { count })}
          </Button>
        </>
      }
    >
      <form id={base} onSubmit={submit} className={styles.form}>
        <fieldset className={styles.group}>
          <legend>{t('duplicate.toChannels')}</legend>
          {others.length === 0 && <p className={styles.hint}>{t('duplicate.noOtherChannel')}</p>}
          {others.map((c) => (
            <label key={c.id} className={styles.option}>
              <input
                type="checkbox"
                checked={channelIds.includes(c.id)}
                onChange={(e) =>
                  setChannelIds((ids) => (e.target.checked ? [...ids, c.id] : ids.filter((i) => i !== c.id)))
                }
              />
              {c.handle} · {networkName(t, c.network)}{' '}
              <LimitFlag network={c.network} caption={post.caption} />
            </label>
          ))}
        </fieldset>
        <fieldset className={styles.group}>
          <legend>{t('duplicate.toDates')}</legend>
          {own && <LimitFlag network={own.network} caption={post.caption} />}
          <div className={styles.inline}>
            <DateInput
              id={`${base}-date`}
              className={inputs.input}
              aria-label={t('duplicate.date')}
              value={date}
              onChange={setDate}
            />
            <Button
              onClick={() => isIsoDate(date) && !dates.includes(date) && setDates((d) => [...d, date].sort())}
            >
              {t('duplicate.addDate')}
            </Button>
          </div>
          {dates.length > 0 && (
            <ul className={styles.chips} aria-label={t('duplicate.dates')}>
              {dates.map((d) => (
                <li key={d}>
                  {format(noonOf(d), 'EEE d MMM yyyy', { locale })}
                  <button
                    type="button"
                    className={styles.remove}
                    aria-label={t('duplicate.removeDate', {
                      date: format(noonOf(d), 'EEEE d MMMM', { locale }),
                    })}
                    onClick={() => setDates((all) => all.filter((x) => x !== d))}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      </form>
    </Dialog>
  );
}
