import { format } from 'date-fns';
import { isIsoDate, isLocalTime } from '../../../shared/calendar/dates.ts';
import { type Occurrence, wallTimeFate, zonedToUtc } from '../../../shared/calendar/zoned.ts';
import type { PostStatus } from '../../../shared/domain/post.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useNow } from '../../ui/use-now.ts';
import styles from './ComposerNotes.module.css';
import { offsetLabel, planningWarning } from './planning-warning.ts';

interface When {
  date: string;
  time: string;
  occurrence: Occurrence;
  zone: string;
}

/**
 * A time the clocks change at: 02:30 skipped in spring (the composer says which time it used) or
 * happening twice in autumn (the user picks which one). Nothing on an ordinary day.
 */
export function TimeChangeNote({
  date,
  time,
  occurrence,
  zone,
  name,
  onChange,
}: When & { name: string; onChange: (occurrence: Occurrence) => void }) {
  const { t } = useTranslation();
  const locale = dateLocale(useLanguage());
  if (!isIsoDate(date) || !isLocalTime(time)) return null;
  const fate = wallTimeFate(date, time, zone);
  const day = format(noonOf(date), 'EEEE d MMMM', { locale });
  if (fate.kind === 'normal') return null;
  if (fate.kind === 'skipped')
    return <p className={styles.note}>{t('planning.dst.skipped', { time, day, shownAs: fate.shownAs })}</p>;
  const options = [
    ['earlier', fate.earlierOffsetMs],
    ['later', fate.laterOffsetMs],
  ] as const;
  return (
    <fieldset className={styles.note}>
      <legend>{t('planning.dst.repeated', { time, day })}</legend>
      {options.map(([value, offset]) => (
        <label key={value} className={styles.choice}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={occurrence === value}
            onChange={() => onChange(value)}
          />
          {t(`planning.dst.${value}`, { time, offset: offsetLabel(offset) })}
        </label>
      ))}
    </fieldset>
  );
}

/** Says when the date and the status disagree: not published yet but in the past, published but still to come. */
export function PlanningWarningNote({ date, time, occurrence, zone, status }: When & { status: PostStatus }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  if (!isIsoDate(date) || !isLocalTime(time)) return null;
  const planned = Date.parse(zonedToUtc(date, time, zone, occurrence));
  const warning = planningWarning(status, planned, now.getTime());
  return warning && <p className={styles.warning}>{t(`planning.warning.${warning}`)}</p>;
}
