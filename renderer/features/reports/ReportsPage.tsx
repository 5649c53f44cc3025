import { type ReactNode, useState } from 'react';
import { zonedToday } from '../../../shared/calendar/zoned.ts';
import type { Client } from '../../../shared/domain/client.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { explainFailure } from '../../common/format/explain-failure.ts';
import { useKeyActions } from '../../common/hooks/shortcuts.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useToasts } from '../../ui/toast-context.ts';
import { useNow } from '../../ui/use-now.ts';
import { NewReportDialog } from './NewReportDialog.tsx';
import { useReports } from './queries.ts';
import { ReportList } from './ReportList.tsx';
import { ReportsEmpty } from './ReportsEmpty.tsx';
import styles from './ReportsPage.module.css';
import { ReportView } from './ReportView.tsx';
import { pageKeyFor } from './report-keys.ts';
import { lastFullRange } from './report-period.ts';
import { useReportsView } from './report-route.ts';
import { useMakeReport, useReportDefaults } from './use-new-report.ts';

/**
 * The client's reports: the PDF owed at the end of a month (or a week, a quarter), made from the
 * logged numbers and kept with them. The list, or one report to edit beside its preview; which
 * one is kept after the screen's address. N makes a new one, wherever the user is in them.
 */
export function ReportsPage({ client }: { client: Client }) {
  const view = useReportsView();
  const today = zonedToday(useNow(60_000), client.timeZone);
  const reports = useReports(client.id).data;
  const { t } = useTranslation();
  const toasts = useToasts();
  const maker = useMakeReport(client);
  const defaults = useReportDefaults();
  const [starting, setStarting] = useState(false);
  // An archived client's reports stay readable; nothing the server would refuse is offered.
  const canMake = !client.archived;
  const startNew = canMake ? () => setStarting(true) : null;
  useKeyActions(document, (e) => (canMake ? pageKeyFor(e) : null), { new: () => setStarting(true) });

  // The dialog says a refusal under its fields; the one-click button has only a toast to say it.
  const makeLastMonth = () =>
    void maker
      .make({ kind: 'month', range: lastFullRange('month', today), ...defaults })
      .catch((error: unknown) => {
        if (isRpcFailure(error) && error.code === 'invalid_input')
          toasts.show({ tone: 'error', title: explainFailure(t, error) });
      });

  const dialog = starting && (
    <NewReportDialog today={today} onClose={() => setStarting(false)} onMake={maker.make} />
  );

  let body: ReactNode = null;
  if (view.name === 'report') body = <ReportView key={view.id} client={client} reportId={view.id} />;
  else if (reports && reports.length === 0)
    body = (
      <ReportsEmpty
        client={client}
        today={today}
        making={maker.pending}
        onMakeLastMonth={makeLastMonth}
        onNew={() => setStarting(true)}
      />
    );
  else if (reports) body = <ReportList client={client} reports={reports} onNew={startNew} />;

  return (
    <div className={view.name === 'report' ? styles.report : styles.list}>
      {body}
      {dialog}
    </div>
  );
}
