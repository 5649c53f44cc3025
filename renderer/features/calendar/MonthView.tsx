import { format } from 'date-fns';
import { type DragEvent, useState } from 'react';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { PlanDate } from '../../../shared/domain/recurring-date.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CalendarCard } from './CalendarCard.tsx';
import { acceptsDrag, type CalendarActions } from './calendar-actions.ts';
import cells from './cells.module.css';
import { type DateAction, DateChips } from './DateChips.tsx';
import styles from './MonthView.module.css';
import type { ShownDate } from './plan-date-days.ts';
import type { PlacedPost } from './post-layout.ts';

/** Cards shown in a day before "+ n more": a month must stay readable at a glance. */
const SHOWN = 4;

export interface MonthViewProps {
  month: IsoDate;
  days: readonly IsoDate[];
  byDay: ReadonlyMap<IsoDate, PlacedPost[]>;
  actions: CalendarActions;
  /** The dates to plan around, on the day each shows on. */
  dates: ReadonlyMap<IsoDate, ShownDate[]>;
  onDate: (date: PlanDate, day: IsoDate, action: DateAction) => void;
  onShowWeek: (day: IsoDate) => void;
}

/** Whole weeks around the month; a card dropped on a day keeps its time of day. */
export function MonthView({ month, days, byDay, actions, dates, onDate, onShowWeek }: MonthViewProps) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const [over, setOver] = useState<IsoDate | null>(null);
  const weekdays = days.slice(0, 7);
  return (
    <div className={styles.month}>
      <div className={styles.weekdays} aria-hidden="true">
        {weekdays.map((day) => (
          <span key={day}>{format(noonOf(day), 'EEEE', { locale })}</span>
        ))}
      </div>
      <div className={styles.grid}>
        {days.map((day) => {
          const placed = byDay.get(day) ?? [];
          const label = format(noonOf(day), 'EEEE d MMMM', { locale });
          return (
            <fieldset
              key={day}
              className={`${styles.day} ${cells.target}`}
              aria-label={label}
              data-outside={day.slice(0, 7) !== month.slice(0, 7) || undefined}
              data-today={day === actions.today || undefined}
              data-drop={over === day ? 'over' : undefined}
              onDragOver={(event: DragEvent) => {
                if (acceptsDrag(event) && over !== day) setOver(day);
              }}
              onDragLeave={() => setOver((current) => (current === day ? null : current))}
              onDrop={(event: DragEvent) => {
                setOver(null);
                actions.drop(event, day);
              }}
            >
              <button
                type="button"
                tabIndex={-1}
                className={cells.slot}
                aria-label={t('calendar.newPostOn', { date: label })}
                onClick={() => actions.createAt(day)}
              />
              <span className={styles.number}>{format(noonOf(day), 'd', { locale })}</span>
              <DateChips shown={dates.get(day)} day={day} onAction={onDate} />
              {placed.slice(0, SHOWN).map((p) => (
                <CalendarCard key={p.post.id} placed={p} actions={actions} compact />
              ))}
              {placed.length > SHOWN && (
                <button type="button" className={styles.more} onClick={() => onShowWeek(day)}>
                  {t('calendar.more', { count: placed.length - SHOWN })}
                </button>
              )}
            </fieldset>
          );
        })}
      </div>
    </div>
  );
}
