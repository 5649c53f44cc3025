import { format } from 'date-fns';
import { type FormEvent, type KeyboardEvent, useId, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { Idea } from '../../../shared/domain/idea.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { useChannels } from '../../common/data/channel-queries.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { networkName } from '../../common/format/network-name.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { errorMessage, fieldErrors } from '../../i18n/errors.ts';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { controlProps, Field } from '../../ui/Field.tsx';
import { FormAlert } from '../../ui/FormAlert.tsx';
import inputs from '../../ui/inputs.module.css';
import { TimeInput } from '../../ui/TimeInput.tsx';
import { useNow } from '../../ui/use-now.ts';
import styles from './PlanDialog.module.css';
import { channelsFor, DEFAULT_TIME, dayChoices, defaultDay, pastUseBefore } from './plan-choices.ts';
import { usePlanIdea } from './use-plan-idea.ts';

export interface PlanDialogProps {
  client: Client;
  idea: Idea;
  onClose: () => void;
}

/**
 * An idea made into a draft in three keys: P, an arrow to the day, Enter. The channel on the
 * idea's network comes first; the week ahead is one arrow away, any other day typed below.
 */
export function PlanDialog({ client, idea, onClose }: PlanDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const base = useId();
  const id = (name: string) => `${base}-${name}`;
  const today = zonedToday(useNow(60_000), client.timeZone);
  const channels = useChannels(client.id);
  const offered = channelsFor(channels.data ?? [], idea.network);
  const [channelId, setChannelId] = useState<string | null>(null);
  const [date, setDate] = useState(() => defaultDay(today, idea.useBefore));
  const [time, setTime] = useState(DEFAULT_TIME);
  const [failure, setFailure] = useState<unknown>(null);
  const planning = usePlanIdea(client);
  const chosenChannel = channelId ?? offered[0]?.id ?? '';
  const errors = fieldErrors(t, failure);
  const days = dayChoices(today);
  const late = pastUseBefore(date, idea.useBefore);
  const noChannel = channels.data !== undefined && offered.length === 0;

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (planning.pending || !chosenChannel || !date || !time) return;
    setFailure(null);
    try {
      await planning.plan(idea, { channelId: chosenChannel, date, time });
      onClose();
    } catch (error) {
      setFailure(error);
    }
  };

  // Enter plans from anywhere in the form (a day's radio, the channel): P, an arrow, Enter.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLTextAreaElement) return;
    e.preventDefault();
    void submit();
  };

  const dayName = (day: string) => format(noonOf(day), 'EEEE d MMMM', { locale });
  const invalid = isRpcFailure(failure) && failure.code === 'invalid_input';

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('ideas.plan.title')}
      description={t('ideas.plan.intro', { title: idea.title })}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={id('form')} variant="primary" disabled={planning.pending || noChannel}>
            {t('ideas.plan.submit')}
          </Button>
        </>
      }
    >
      {noChannel ? (
        <p className={styles.noChannel}>
          {t('ideas.plan.noChannel')}{' '}
          <a href={hrefOf({ name: 'client', id: client.id })} onClick={onClose}>
            {t('ideas.plan.addChannel')}
          </a>
        </p>
      ) : (
        <form id={id('form')} onSubmit={submit} onKeyDown={onKeyDown} noValidate className={styles.form}>
          <FormAlert
            message={invalid ? t('errors.invalid_input') : failure ? errorMessage(t, failure) : null}
          />
          <fieldset className={styles.days}>
            <legend className={styles.legend}>{t('ideas.plan.day')}</legend>
            <div className={styles.chips}>
              {days.map((day, i) => (
                <label key={day} className={styles.chip} title={dayName(day)}>
                  <input
                    type="radio"
                    name={id('day')}
                    className={styles.radio}
                    value={day}
                    checked={date === day}
                    onChange={() => setDate(day)}
                    aria-label={
                      i === 0
                        ? t('ideas.plan.today', { day: dayName(day) })
                        : i === 1
                          ? t('ideas.plan.tomorrow', { day: dayName(day) })
                          : dayName(day)
                    }
                    autoFocus={date === day}
                  />
                  <span className={styles.weekday} aria-hidden="true">
                    {i === 0 ? t('ideas.plan.todayShort') : format(noonOf(day), 'EEE', { locale })}
                  </span>
                  <span className={styles.dayNumber} aria-hidden="true">
                    {format(noonOf(day), 'd', { locale })}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className={styles.row}>
            <Field id={id('date')} label={t('ideas.plan.otherDay')} error={errors.date}>
              <DateInput
                {...controlProps(id('date'), undefined, errors.date)}
                className={inputs.input}
                value={date}
                onChange={(v) => v && setDate(v)}
              />
            </Field>
            <Field id={id('time')} label={t('ideas.plan.time')} error={errors.time}>
              <TimeInput
                {...controlProps(id('time'), undefined, errors.time)}
                className={inputs.input}
                value={time}
                onChange={(v) => v && setTime(v)}
              />
            </Field>
          </div>
          {late && idea.useBefore && (
            <p className={styles.late}>
              {t('ideas.plan.late', { date: format(noonOf(idea.useBefore), 'EEE d MMM', { locale }) })}
            </p>
          )}
          <Field id={id('channel')} label={t('ideas.plan.channel')} error={errors.channelId}>
            <select
              {...controlProps(id('channel'), undefined, errors.channelId)}
              className={inputs.select}
              value={chosenChannel}
              onChange={(e) => setChannelId(e.target.value)}
            >
              {offered.map((c) => (
                <option key={c.id} value={c.id}>
                  {networkName(t, c.network)} · {c.handle}
                </option>
              ))}
            </select>
          </Field>
          <p className={styles.keys}>{t('ideas.plan.keys')}</p>
        </form>
      )}
    </Dialog>
  );
}
