import type { Client } from '../../../shared/domain/client.ts';
import type { Paper, ReportKind } from '../../../shared/domain/report.ts';
import { systemLocale } from '../../i18n/language.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { defaultPaper } from './paper.ts';
import { useCreateReport } from './queries.ts';
import type { ReportRange } from './report-period.ts';
import { showReportsView } from './report-route.ts';

export interface NewReport {
  kind: ReportKind;
  range: ReportRange;
  language: 'fr' | 'en';
  paper: Paper;
}

/** What a new report starts with when nothing is chosen: the app's language, the system's paper. */
export function useReportDefaults(): Pick<NewReport, 'language' | 'paper'> {
  return { language: useLanguage(), paper: defaultPaper(systemLocale()) };
}

/** Makes a report (its figures read now) and opens it. */
export function useMakeReport(client: Client) {
  const create = useCreateReport();
  return {
    pending: create.isPending,
    make: async ({ kind, range, language, paper }: NewReport) => {
      const report = await create.mutateAsync({ clientId: client.id, kind, ...range, language, paper });
      showReportsView(client.id, { name: 'report', id: report.id });
      return report;
    },
  };
}
