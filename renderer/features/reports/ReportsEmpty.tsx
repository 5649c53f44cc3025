import { format } from 'date-fns';
import type { Client } from '../../../shared/domain/client.ts';
import { noonOf } from '../../common/dates/calendar-period.ts';
import { hrefOf } from '../../common/hooks/route.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import styles from './ReportList.module.css';
import { monthOfReport } from './report-label.ts';
import { lastFullRange } from './report-period.ts';

/**
 * No report yet: what one is and what goes in it, and last month's made in one click (the report
 * owed at the start of a month). An archived client's reports cannot be made: say why, offer nothing.
 */
export function ReportsEmpty({
  client,
  today,
  making,
  onMakeLastMonth,
  onNew,
}: {
  client: Client;
  today: string;
  making: boolean;
  onMakeLastMonth: () => void;
  onNew: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (client.archived)
    return (
      <EmptyState title={t('reportScreen.empty.title', { client: client.name })}>
        <p>{t('reportScreen.archived.empty', { client: client.name })}</p>
        <p>
          <a href={hrefOf({ name: 'client', id: client.id })}>{t('reportScreen.archived.open')}</a>
        </p>
      </EmptyState>
    );
  const month = format(noonOf(lastFullRange('month', today).from), 'LLLL', { locale: dateLocale(language) });
  return (
    <EmptyState
      title={t('reportScreen.empty.title', { client: client.name })}
      action={
        <div className={styles.emptyActions}>
          <Button variant="primary" onClick={onMakeLastMonth} disabled={making}>
            {t('reportScreen.empty.make', { ofMonth: monthOfReport(month, language) })}
          </Button>
          <Button onClick={onNew} aria-keyshortcuts="N" title={t('reportScreen.list.newHint')}>
            {t('reportScreen.empty.other')}
          </Button>
        </div>
      }
    >
      <p>{t('reportScreen.empty.body')}</p>
      <ul className={styles.contents}>
        <li>{t('reportScreen.empty.figures')}</li>
        <li>{t('reportScreen.empty.posts')}</li>
        <li>{t('reportScreen.empty.words')}</li>
      </ul>
      <p>{t('reportScreen.empty.kept')}</p>
    </EmptyState>
  );
}
