import { format } from 'date-fns';
import { addDays } from '../../../shared/calendar/dates.ts';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { firstWords } from '../../../shared/export/excerpt.ts';
import { NETWORKS } from '../../../shared/networks.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { usePosts } from '../../common/data/post-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { controlProps, Field } from '../../ui/Field.tsx';
import inputs from '../../ui/inputs.module.css';

/** A comment answers a post published shortly before it: the month before the mention is offered. */
const DAYS_BEFORE = 31;

/** The client's post a mention answers, picked among those published in the month before it. */
export function AnswersField({
  id,
  client,
  date,
  value,
  onChange,
  error,
}: {
  id: string;
  client: Client;
  /** The mention's day. */
  date: string;
  value: string | null;
  onChange: (postId: string | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const channels = new Map((useChannels(client.id).data ?? []).map((c) => [c.id, c]));
  const posts =
    usePosts({
      clientId: client.id,
      from: addDays(date, -DAYS_BEFORE),
      to: addDays(date, 1),
      statuses: ['published'],
      limit: 200,
    }).data ?? [];
  const newestFirst = [...posts].reverse();
  const known = value === null || newestFirst.some((p) => p.id === value);
  return (
    <Field id={id} label={t('listening.form.answers')} hint={t('listening.form.answersHint')} error={error}>
      <select
        {...controlProps(id, t('listening.form.answersHint'), error)}
        className={inputs.input}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{t('listening.form.answersNone')}</option>
        {!known && value && <option value={value}>{t('listening.form.answersKept')}</option>}
        {newestFirst.map((p) => {
          const when = utcToZoned(p.plannedAt, client.timeZone);
          const channel = channels.get(p.channelId);
          return (
            <option key={p.id} value={p.id}>
              {format(noonOf(when.date), 'd MMM', { locale })} ·{' '}
              {channel ? NETWORKS[channel.network].name : ''} ·{' '}
              {firstWords(p.caption, 50) || t('posts.untitled')}
            </option>
          );
        })}
      </select>
    </Field>
  );
}
