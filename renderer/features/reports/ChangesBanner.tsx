import { useId } from 'react';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { ReportChange, ReportFigures } from '../../../shared/domain/report.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale, formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import styles from './ChangesBanner.module.css';
import { changeLines } from './change-lines.ts';

/** The first changes are listed; the others wait behind "Show the others", so the preview stays in view. */
const FIRST = 5;

/**
 * Numbers logged or corrected since the report was made: which figures read differently now, and
 * the way to bring them up to date. The report keeps what the client was sent until asked.
 */
export function ChangesBanner({
  changes,
  figures,
  updating,
  onUpdate,
}: {
  changes: readonly ReportChange[];
  figures: ReportFigures;
  updating: boolean;
  /** null: the client is archived, its reports keep their figures. */
  onUpdate: (() => void) | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const titleId = useId();
  const lines = changeLines(changes, figures, { t, language, locale: dateLocale(language) });
  if (lines.length === 0) return null;
  const item = (l: (typeof lines)[number]) => (
    <li key={l.key}>{t('reportScreen.changes.line', { what: l.what, before: l.before, now: l.now })}</li>
  );
  const madeOn = formatLongDay(utcToZoned(figures.at, figures.client.timeZone).date, language);
  return (
    <section className={styles.banner} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t('reportScreen.changes.title', { count: lines.length, day: madeOn })}
      </h3>
      <ul className={styles.lines}>{lines.slice(0, FIRST).map(item)}</ul>
      {lines.length > FIRST && (
        <details className={styles.more}>
          <summary>{t('reportScreen.changes.more', { count: lines.length - FIRST })}</summary>
          <ul className={styles.lines}>{lines.slice(FIRST).map(item)}</ul>
        </details>
      )}
      {onUpdate ? (
        <div className={styles.actions}>
          <Button variant="primary" onClick={onUpdate} disabled={updating}>
            {updating ? t('reportScreen.changes.updating') : t('reportScreen.changes.update')}
          </Button>
          <p className={styles.hint}>{t('reportScreen.changes.hint')}</p>
        </div>
      ) : (
        <p className={styles.hint}>{t('reportScreen.archived.changes')}</p>
      )}
    </section>
  );
}
