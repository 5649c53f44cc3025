import { format } from 'date-fns';
import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
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
import type { ShownDate } from './plan-date-days.ts';
import { HOURS, hourTime, type PlacedPost } from './post-layout.ts';
import styles from './WeekView.module.css';

export interface WeekViewProps {
  days: readonly IsoDate[];
  byDay: ReadonlyMap<IsoDate, PlacedPost[]>;
  actions: CalendarActions;
  /** The dates to plan around, on the day each shows on. */
  dates: ReadonlyMap<IsoDate, ShownDate[]>;
  onDate: (date: PlanDate, day: IsoDate, action: DateAction) => void;
}

/** The hour the grid opens on: a working morning, not midnight. */
const FIRST_VISIBLE_HOUR = 7;

/**
 * Seven day columns on an hour grid. A card sits in the cell of its hour; a click on an empty
 * part of a cell starts a post at that day and hour; a card dropped on a cell takes its hour,
 * dropped on a day's header it keeps its own time.
 */
export function WeekView({ days, byDay, actions, dates, onDate }: WeekViewProps) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const scroller = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState<string | null>(null);
  // Each day's name once, not once per hour slot (168 slots a week).
  const dayNames = useMemo(
    () => new Map(days.map((day) => [day, format(noonOf(day), 'EEEE d MMMM', { locale })])),
    [days, locale],
  );

  useEffect(() => {
    const row = scroller.current?.querySelector(`[data-hour="${FIRST_VISIBLE_HOUR}"]`);
    if (scroller.current && row instanceof HTMLElement) scroller.current.scrollTop = row.offsetTop;
  }, []);

  const dropProps = (key: string, day: IsoDate, time?: string) => ({
    'data-drop': over === key ? 'over' : undefined,
    onDragOver: (event: DragEvent) => {
      if (acceptsDrag(event) && over !== key) setOver(key);
    },
    onDragLeave: () => setOver((current) => (current === key ? null : current)),
    onDrop: (event: DragEvent) => {
      setOver(null);
      actions.drop(event, day, time);
    },
  });

  return (
    <div className={styles.week}>
      <div className={styles.head}>
        <div className={styles.corner} />
        {days.map((day) => {
          const count = byDay.get(day)?.length ?? 0;
          return (
            <div
              key={day}
              className={`${styles.dayHead} ${cells.target}`}
              data-today={day === actions.today || undefined}
              {...dropProps(`head-${day}`, day)}
            >
              <span className={styles.weekday}>{format(noonOf(day), 'EEE', { locale })}</span>
              <span className={styles.dayNumber}>{format(noonOf(day), 'd', { locale })}</span>
              {count > 0 && (
                <span className={styles.count} title={t('calendar.postCount', { count })}>
                  {count}
                  <span className="visually-hidden"> {t('calendar.postCount', { count })}</span>
                </span>
              )}
              <DateChips shown={dates.get(day)} day={day} onAction={onDate} />
            </div>
          );
        })}
      </div>
      <div className={styles.body} ref={scroller}>
        {HOURS.map((hour) => (
          <div key={hour} className={styles.row} data-hour={hour}>
            <div className={styles.hour} aria-hidden="true">
              {hourTime(hour)}
            </div>
            {days.map((day) => {
              const cards = (byDay.get(day) ?? []).filter((p) => Math.floor(p.minutes / 60) === hour);
              const time = hourTime(hour);
              return (
                <div
                  key={day}
                  className={`${styles.cell} ${cells.target}`}
                  {...dropProps(`${day}-${hour}`, day, time)}
                >
                  <button
                    type="button"
                    tabIndex={-1}
                    className={cells.slot}
                    aria-label={t('calendar.newPostAt', {
                      date: dayNames.get(day),
                      time,
                    })}
                    onClick={() => actions.createAt(day, time)}
                  />
                  {cards.map((placed) => (
                    <CalendarCard key={placed.post.id} placed={placed} actions={actions} />
                  ))}
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
