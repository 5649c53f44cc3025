import { type ReactNode, type RefObject, useId } from 'react';
import { isIsoDate } from '../../../shared/calendar/dates.ts';
import { CALENDAR_VIEWS } from '../../../shared/domain/prefs-defaults.ts';
import { type Period, periodTitle } from '../../common/dates/calendar-period.ts';
import type { CalendarViewApi } from '../../common/hooks/use-calendar-view.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarPage.module.css';
import { type MoreAction, MoreMenu } from './MoreMenu.tsx';

export interface CalendarToolbarProps {
  view: CalendarViewApi;
  period: Period;
  dateInput: RefObject<HTMLInputElement | null>;
  onNewPost: () => void;
  onCopyWeek: () => void;
  onMore: (action: MoreAction) => void;
  /** The search and filter menus, on the second row. */
  filters: ReactNode;
  /** The week workspace shows only the week: no choice of view. */
  weekOnly?: boolean;
  /** Shows or folds the ideas tray beside the days, when there is one. */
  trayToggle?: ReactNode;
}

/** Where the calendar is (the period's title) and how to move: previous, today, next, jump to a date. */
export function CalendarToolbar({
  view,
  period,
  dateInput,
  onNewPost,
  onCopyWeek,
  onMore,
  filters,
  weekOnly = false,
  trayToggle,
}: CalendarToolbarProps) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const jumpId = useId();
  return (
    <>
      <div className={styles.toolbar}>
        <div className={styles.nav}>
          <Button onClick={view.today} title={t('calendar.todayHint')}>
            {t('calendar.today')}
          </Button>
          <Button variant="ghost" onClick={() => view.step(-1)} aria-label={t('calendar.previous')} title="K">
            ‹
          </Button>
          <Button variant="ghost" onClick={() => view.step(1)} aria-label={t('calendar.next')} title="J">
            ›
          </Button>
          <h2 className={styles.period} aria-live="polite">
            {view.filters.search
              ? t('calendar.searchTitle')
              : periodTitle(view.view, view.date, period, locale)}
          </h2>
        </div>
        <div className={styles.tools}>
          {!weekOnly && (
            <fieldset className={styles.views}>
              <legend className="visually-hidden">{t('calendar.view')}</legend>
              {CALENDAR_VIEWS.map((name) => (
                <label key={name} className={styles.viewOption}>
                  <input
                    type="radio"
                    name="calendar-view"
                    value={name}
                    checked={view.view === name}
                    onChange={() => view.setView(name)}
                  />
                  {t(`calendar.views.${name}`)}
                </label>
              ))}
            </fieldset>
          )}
          <Button variant="primary" onClick={onNewPost} title="N">
            {t('calendar.newPost')}
          </Button>
        </div>
      </div>
      <div className={styles.toolbar}>
        {filters}
        <div className={styles.tools}>
          <div className={styles.jump}>
            <label htmlFor={jumpId} className={styles.jumpLabel}>
              {t('calendar.goTo')}
            </label>
            <DateInput
              ref={dateInput}
              id={jumpId}
              className={inputs.input}
              value={view.date}
              onChange={(day) => {
                if (isIsoDate(day)) view.setDate(day);
              }}
              // Enter or Escape hands the keyboard back to the calendar (its letters, its cards).
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
              }}
            />
          </div>
          {view.view === 'week' && <Button onClick={onCopyWeek}>{t('copyWeek.open')}</Button>}
          {trayToggle}
          <MoreMenu onSelect={onMore} />
        </div>
      </div>
    </>
  );
}
