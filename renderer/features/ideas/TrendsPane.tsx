import { format } from 'date-fns';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { TREND_TEXT_MAX, type TrendNote } from '../../../shared/domain/trend-note.ts';
import { NETWORK_IDS, type NetworkId } from '../../../shared/networks.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { afterSuccess } from '../../api/settle.ts';
import { useCreateIdea, useCreateTrend, useDeleteTrend, useTrends } from '../../common/data/idea-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useUndo } from '../../common/hooks/undo.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { fieldErrors } from '../../i18n/errors.ts';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { useToasts } from '../../ui/toast-context.ts';
import { useNow } from '../../ui/use-now.ts';
import page from './IdeasPage.module.css';
import { withScheme } from './idea-draft.ts';
import styles from './TrendsPane.module.css';
import {
  daysLeft,
  expiresOn,
  ideaFromTrend,
  isExpired,
  lastDay,
  TREND_SPANS,
  type TrendSpan,
} from './trends.ts';

interface TrendForm {
  text: string;
  url: string;
  network: NetworkId | null;
  span: TrendSpan;
  shared: boolean;
}

const BLANK: TrendForm = { text: '', url: '', network: null, span: 'week2', shared: false };

/**
 * What is current, noted in a line ("this audio is trending on Reels"), for as long as it lasts:
 * a week to three months from today. Expired notes hide unless asked for; one click makes a note
 * an idea.
 */
export function TrendsPane({
  client,
  onOpenIdea,
}: {
  client: Client;
  onOpenIdea: (idea: Pick<Idea, 'id' | 'clientId'>) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const today = zonedToday(useNow(60_000), client.timeZone);
  const [showExpired, setShowExpired] = useState(false);
  const trends = useTrends(client.id, showExpired);
  const create = useCreateTrend();
  const remove = useDeleteTrend();
  const createIdea = useCreateIdea();
  const undo = useUndo();
  const toasts = useToasts();
  const [form, setForm] = useState<TrendForm>(BLANK);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const errors = fieldErrors(t, failure);
  const length = form.text.trim().length;
  const tooLong = length > TREND_TEXT_MAX;
  const list = trends.data ?? [];
  const day = (date: string) => format(noonOf(date), 'd MMM', { locale });

  const set = <K extends keyof TrendForm>(key: K, value: TrendForm[K]) => {
    setDone('');
    setForm((f) => ({ ...f, [key]: value }));
  };

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (create.isPending || tooLong || length === 0) return;
    setFailure(null);
    try {
      await create.mutateAsync({
        clientId: form.shared ? null : client.id,
        text: form.text,
        url: withScheme(form.url.trim()),
        network: form.network,
        notedOn: today,
        expiresOn: expiresOn(today, form.span),
      });
      // The next note of a run keeps its network and how long it lasts.
      setForm((f) => ({ ...BLANK, network: f.network, span: f.span, shared: f.shared }));
      setDone(t('ideas.trends.added'));
      document.getElementById(id('text'))?.focus();
    } catch (error) {
      setFailure(error);
    }
  };

  const onTextKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      void submit();
    }
  };

  const makeIdea = (trend: TrendNote) =>
    afterSuccess(createIdea.mutateAsync(ideaFromTrend(trend)), (idea) =>
      toasts.show({
        title: t('ideas.trends.ideaMade', { title: idea.title }),
        action: {
          label: t('ideas.trends.openIdea'),
          altText: t('ideas.trends.openIdea'),
          run: () => onOpenIdea(idea),
        },
      }),
    );

  const deleteTrend = (trend: TrendNote) =>
    afterSuccess(remove.mutateAsync({ id: trend.id }), (item) =>
      undo.deleted(item, t('ideas.trends.deleted')),
    );

  const when = (trend: TrendNote) => {
    if (isExpired(trend, today)) return t('ideas.trends.expired', { date: day(lastDay(trend)) });
    const left = daysLeft(trend, today);
    return left === 0
      ? t('ideas.trends.lastDay')
      : t('ideas.trends.until', { date: day(lastDay(trend)), count: left });
  };

  return (
    <div className={page.scroller}>
      <div className={page.column}>
        <p className={page.intro}>{t('ideas.trends.intro')}</p>
        <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={id('title')}>
          <h2 id={id('title')} className={styles.formTitle}>
            {t('ideas.trends.formTitle')}
          </h2>
          <FormAlert
            message={
              isRpcFailure(failure) && failure.code === 'invalid_input' ? t('errors.invalid_input') : null
            }
          />
          <Field
            id={id('text')}
            label={t('ideas.trends.text')}
            hint={t('ideas.trends.textHint', { typed: length, max: TREND_TEXT_MAX })}
            error={tooLong ? t('ideas.capture.tooLong', { max: TREND_TEXT_MAX, typed: length }) : errors.text}
          >
            <textarea
              {...controlProps(id('text'), 'x', tooLong || errors.text ? 'x' : undefined)}
              className={`${inputs.textarea} ${styles.text}`}
              rows={2}
              placeholder={t('ideas.trends.textPlaceholder')}
              value={form.text}
              onChange={(e) => set('text', e.target.value)}
              onKeyDown={onTextKey}
            />
          </Field>
          <div className={styles.row}>
            <Field id={id('url')} label={t('ideas.trends.url')} error={errors.url}>
              <input
                {...controlProps(id('url'), undefined, errors.url)}
                className={inputs.input}
                type="url"
                placeholder="https://"
                value={form.url}
                onChange={(e) => set('url', e.target.value)}
              />
            </Field>
            <Field id={id('network')} label={t('ideas.trends.network')} error={errors.network}>
              <select
                {...controlProps(id('network'), undefined, errors.network)}
                className={inputs.select}
                value={form.network ?? ''}
                onChange={(e) => set('network', (e.target.value || null) as NetworkId | null)}
              >
                <option value="">{t('ideas.trends.anyNetwork')}</option>
                {NETWORK_IDS.map((n) => (
                  <option key={n} value={n}>
                    {networkName(t, n)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <fieldset className={styles.spans}>
            <legend className={styles.legend}>{t('ideas.trends.lasts')}</legend>
            <div className={styles.segmented}>
              {TREND_SPANS.map((span) => (
                <label key={span} className={styles.segment}>
                  <input
                    type="radio"
                    name={id('span')}
                    checked={form.span === span}
                    onChange={() => set('span', span)}
                  />
                  {t(`ideas.trends.spans.${span}`)}
                </label>
              ))}
            </div>
            {errors.expiresOn && <span className={styles.error}>{errors.expiresOn}</span>}
          </fieldset>
          <div className={styles.actions}>
            <label className={page.check}>
              <input
                type="checkbox"
                checked={form.shared}
                onChange={(e) => set('shared', e.target.checked)}
              />
              {t('ideas.trends.shared')}
            </label>
            <span className={styles.submit}>
              <span role="status" className={styles.done}>
                {done}
              </span>
              <Button type="submit" variant="primary" disabled={create.isPending || tooLong}>
                {t('ideas.trends.add')}
              </Button>
            </span>
          </div>
        </form>
        <div className={page.toolbar}>
          <h2 className={styles.listTitle}>{t('ideas.trends.listTitle')}</h2>
          <label className={page.check}>
            <input type="checkbox" checked={showExpired} onChange={(e) => setShowExpired(e.target.checked)} />
            {t('ideas.trends.showExpired')}
          </label>
        </div>
        {trends.data && list.length === 0 && (
          <EmptyState title={t('ideas.trends.emptyTitle')} headingLevel="h3">
            <p>{t('ideas.trends.emptyBody')}</p>
          </EmptyState>
        )}
        {list.length > 0 && (
          <ul className={styles.list} aria-label={t('ideas.trends.listTitle')}>
            {list.map((trend) => {
              const expired = isExpired(trend, today);
              return (
                <li key={trend.id} className={styles.trend} data-expired={expired || undefined}>
                  <div className={styles.body}>
                    <p className={styles.trendText}>{trend.text}</p>
                    <p className={styles.meta}>
                      {trend.network && <span>{networkName(t, trend.network)}</span>}
                      <span>{t('ideas.trends.noted', { date: day(trend.notedOn) })}</span>
                      <span className={!expired && daysLeft(trend, today) <= 2 ? styles.soon : undefined}>
                        {when(trend)}
                      </span>
                      {trend.clientId === null && <span>{t('ideas.trends.sharedMark')}</span>}
                      {trend.url && (
                        <span>
                          <a
                            href={trend.url}
                            target="_blank"
                            rel="noreferrer noopener"
                            className={styles.link}
                          >
                            {t('ideas.trends.openLink')}
                          </a>
                        </span>
                      )}
                    </p>
                  </div>
                  <div className={styles.trendActions}>
                    <Button
                      size="small"
                      onClick={() => makeIdea(trend)}
                      aria-label={t('ideas.trends.makeIdeaOf', { text: trend.text })}
                    >
                      {t('ideas.trends.makeIdea')}
                    </Button>
                    <Button
                      size="small"
                      variant="dangerGhost"
                      onClick={() => deleteTrend(trend)}
                      aria-label={t('ideas.trends.deleteOf', { text: trend.text })}
                    >
                      {t('common.delete')}
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
