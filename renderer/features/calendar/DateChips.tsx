import { format } from 'date-fns';
import type { IsoDate } from '../../../shared/calendar/dates.ts';
import type { PlanDate } from '../../../shared/domain/recurring-date.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import type { PlainKey } from '../../i18n/keys.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DeferredMenu } from '../../ui/DeferredMenu.tsx';
import menu from '../../ui/Menu.module.css';
import styles from './DateChips.module.css';
import type { ShownDate } from './plan-date-days.ts';

export type DateAction = 'post' | 'idea';

/** A built-in date's name in the language shown, or the user's own name for theirs. */
export function useDateName(): (date: PlanDate) => string {
  const { t } = useTranslation();
  // The catalogue's ids are the keys of `dates.names` (a unit test holds them together).
  return (date) => date.name ?? t(`dates.names.${date.id}` as PlainKey);
}

/** The dates to plan around on one day: each a chip opening "plan a post" or "save as an idea". */
export function DateChips({
  shown,
  day,
  onAction,
}: {
  shown: readonly ShownDate[] | undefined;
  day: IsoDate;
  onAction: (date: PlanDate, day: IsoDate, action: DateAction) => void;
}) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  const nameOf = useDateName();
  if (!shown || shown.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label={t('dates.onThisDay')}>
      {shown.map(({ date, until, continued }) => {
        const name = nameOf(date);
        const span =
          date.days > 1
            ? t('dates.until', { date: format(noonOf(until), 'EEEE d MMMM', { locale }) })
            : date.approximate
              ? t('dates.approximate')
              : '';
        return (
          <li key={`${date.source}-${date.id}-${date.on}`}>
            <DeferredMenu
              trigger={{
                className: `${styles.chip} ${styles[date.kind]}`,
                title: span ? `${name} — ${span}` : name,
                children: (
                  <>
                    {continued && <span aria-hidden="true">… </span>}
                    {name}
                    {span && <span className="visually-hidden"> — {span}</span>}
                  </>
                ),
              }}
              content={(M) => (
                <M.Portal>
                  <M.Content className={menu.menu} align="start" sideOffset={4}>
                    <M.Item className={menu.item} onSelect={() => onAction(date, day, 'post')}>
                      {t('dates.planPost')}
                    </M.Item>
                    <M.Item className={menu.item} onSelect={() => onAction(date, day, 'idea')}>
                      {t('dates.saveIdea')}
                    </M.Item>
                  </M.Content>
                </M.Portal>
              )}
            />
          </li>
        );
      })}
    </ul>
  );
}
