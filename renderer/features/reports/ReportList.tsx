import { useRef } from 'react';
import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import type { ReportSummary } from '../../../shared/domain/report.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { dateLocale, formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { tableStyles as ts } from '../../ui/table.ts';
import styles from './ReportList.module.css';
import { listRowKeyFor } from './report-keys.ts';
import { reportLabel } from './report-label.ts';
import { reportsHref } from './report-route.ts';
import { useDeleteReportWithUndo } from './use-delete-report.ts';

/** The link of a row of the list, to give the keyboard to. */
const rowLink = (row: Element | null | undefined): HTMLElement | null =>
  row?.querySelector<HTMLElement>('a[href]') ?? null;

/** The client's reports, newest period first: each opens as it was made; Delete sends one to the Trash. */
export function ReportList({
  client,
  reports,
  onNew,
}: {
  client: Client;
  reports: readonly ReportSummary[];
  onNew: (() => void) | null;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = dateLocale(language);
  const deleteReport = useDeleteReportWithUndo();
  const body = useRef<HTMLTableSectionElement>(null);
  const made = (iso: string) => formatLongDay(utcToZoned(iso, client.timeZone).date, language);

  const remove = (report: ReportSummary, row: HTMLElement | null) => {
    // The keyboard stays in the list: on the report after, else the one before.
    const next = rowLink(row?.nextElementSibling) ?? rowLink(row?.previousElementSibling);
    next?.focus();
    deleteReport(report, reportLabel(report, t, locale).label);
  };

  return (
    <div className={styles.list}>
      <div className={styles.toolbar}>
        <p className={styles.intro}>{t('reportScreen.list.intro')}</p>
        {onNew ? (
          <Button
            variant="primary"
            onClick={onNew}
            aria-keyshortcuts="N"
            title={t('reportScreen.list.newHint')}
          >
            {t('reportScreen.list.new')}
          </Button>
        ) : (
          <p className={styles.archived}>{t('reportScreen.archived.list', { client: client.name })}</p>
        )}
      </div>
      <div className={ts.wrap}>
        <table className={ts.table}>
          <caption className="visually-hidden">
            {t('reportScreen.list.caption', { client: client.name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('reportScreen.list.report')}</th>
              <th scope="col">{t('reportScreen.list.language')}</th>
              <th scope="col">{t('reportScreen.list.made')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('reportScreen.list.rowTools')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {reports.map((r) => {
              const { label, period, titled } = reportLabel(r, t, locale);
              return (
                <tr
                  key={r.id}
                  data-report-id={r.id}
                  onKeyDown={(e) => {
                    const action = listRowKeyFor(e);
                    // Keys typed into the row's button are the button's.
                    if (!action || e.target instanceof HTMLButtonElement) return;
                    e.preventDefault();
                    const row = e.currentTarget;
                    if (action === 'delete') remove(r, row);
                    else
                      rowLink(
                        action === 'next' ? row.nextElementSibling : row.previousElementSibling,
                      )?.focus();
                  }}
                >
                  <th scope="row" className={`${ts.rowName} ${styles.name}`}>
                    <a className={ts.link} href={reportsHref(client.id, { name: 'report', id: r.id })}>
                      {label}
                    </a>
                    {titled && <span className={ts.subLine}>{period}</span>}
                  </th>
                  <td className={ts.nowrap}>{t(`reportScreen.languages.${r.language}`)}</td>
                  <td className={ts.nowrap}>
                    {made(r.createdAt)}
                    {r.figuresAt.slice(0, 10) !== r.createdAt.slice(0, 10) && (
                      <span className={ts.subLine}>
                        {t('reportScreen.list.updated', { day: made(r.figuresAt) })}
                      </span>
                    )}
                  </td>
                  <td className={ts.actions}>
                    <Button
                      variant="dangerGhost"
                      size="small"
                      onClick={(e) => remove(r, e.currentTarget.closest('tr'))}
                    >
                      <span aria-hidden="true">{t('reportScreen.list.delete')}</span>
                      <span className="visually-hidden">{t('reportScreen.list.deleteOne', { label })}</span>
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={styles.hint}>{t('reportScreen.list.keys')}</p>
    </div>
  );
}
