import { createContext, useContext } from 'react';
import type { IsoDate } from '../../../../shared/calendar/dates.ts';
import type { Report, ReportChannel, ReportFigures } from '../../../../shared/domain/report.ts';
import type { LanguageTools } from '../../../i18n/use-translation-in.ts';

/**
 * What every part of the document speaks with: the report's own language (never the app's), its
 * figures, and the words for its period, worked out once.
 */
export interface ReportScope extends LanguageTools {
  report: Report;
  figures: ReportFigures;
  currency: string;
  /** The day the figures were read, on the client's calendar: "today" for the report. */
  readOn: IsoDate;
  /** The day the objectives stand at: the period's last day once it is over, as the main process measured them. */
  measuredOn: IsoDate;
  /** "October 2026", "Week of 12 October 2026"… */
  period: string;
  /** "from September", "from the week before"… */
  compared: string;
  channel: (id: string) => ReportChannel | undefined;
}

export const ReportScopeContext = createContext<ReportScope | null>(null);

export function useReportScope(): ReportScope {
  const scope = useContext(ReportScopeContext);
  if (!scope) throw new Error('useReportScope outside ReportDocument');
  return scope;
}
