import { useId, useState } from 'react';
import { addDays, isIsoDate } from '../../../shared/calendar/dates.ts';
import { useCompetitorReadings } from '../../common/data/listening-queries.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { DateInput } from '../../ui/DateInput.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CompetitorsPage.module.css';
import { ReadingsGrid } from './ReadingsGrid.tsx';

export interface ReadingsTabProps {
  clientId: string;
  today: string;
  /** Back to the list, where accounts are added. */
  onAddAccounts: () => void;
}

/**
 * What the competitors' profiles showed on a day (today unless another is picked): one row per
 * account of the live competitors, typed or pasted, each cell saved as it is left.
 */
export function ReadingsTab({ clientId, today, onAddAccounts }: ReadingsTabProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const base = useId();
  // Null follows today (an app left open overnight dates the morning's readings with the new day).
  const [picked, setPicked] = useState<string | null>(null);
  const on = picked ?? today;
  const query = useCompetitorReadings(clientId, on);
  const rows = query.data;
  const pick = (day: string) => setPicked(day === today ? null : day);
  const label = t('competitors.readings.gridLabel', { date: formatLongDay(on, language) });

  return (
    <div className={styles.readings}>
      <div className={styles.toolbar}>
        <div className={styles.tools}>
          <label className={styles.inlineLabel} htmlFor={`${base}-on`}>
            {t('competitors.readings.on')}
          </label>
          <Button
            variant="ghost"
            onClick={() => pick(addDays(on, -1))}
            aria-label={t('competitors.readings.dayBefore')}
            title={t('competitors.readings.dayBefore')}
          >
            ‹
          </Button>
          <DateInput
            id={`${base}-on`}
            className={`${inputs.input} ${styles.dateInput}`}
            value={on}
            aria-describedby={`${base}-hint`}
            onChange={(day) => {
              if (isIsoDate(day) && day <= today) pick(day);
            }}
          />
          <Button
            variant="ghost"
            onClick={() => pick(addDays(on, 1))}
            aria-label={t('competitors.readings.dayAfter')}
            title={t('competitors.readings.dayAfter')}
            disabled={on >= today}
          >
            ›
          </Button>
          {on !== today && <Button onClick={() => setPicked(null)}>{t('competitors.readings.today')}</Button>}
        </div>
        <p id={`${base}-hint`} className={styles.toolHint}>
          {t('competitors.readings.onHint')}
        </p>
      </div>
      {rows && rows.length === 0 && (
        <EmptyState
          title={t('competitors.readings.empty.title')}
          action={<Button onClick={onAddAccounts}>{t('competitors.readings.empty.action')}</Button>}
        >
          <p>{t('competitors.readings.empty.body')}</p>
        </EmptyState>
      )}
      {rows && rows.length > 0 && (
        // The last day's rows, while the picked day's come: shown, but not to be typed into.
        <div
          aria-busy={query.isPlaceholderData || undefined}
          inert={query.isPlaceholderData}
          className={styles.busyable}
        >
          {/* One grid per day: its undo and its saves are about that day's readings. */}
          <ReadingsGrid key={on} clientId={clientId} rows={rows} on={on} label={label} />
        </div>
      )}
    </div>
  );
}
