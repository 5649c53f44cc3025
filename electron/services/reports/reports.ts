import type { ParsedInput } from '../../../shared/contract.ts';
import { DEFAULT_SECTIONS, type Report, type ReportView } from '../../../shared/domain/report.ts';
import { reportChanges } from '../../../shared/report/report-changes.ts';
import { activeClient } from '../../db/clients.ts';
import { getReport, insertReport, setReportFigures, updateReport } from '../../db/reports.ts';
import type { Db } from '../../db/types.ts';
import { readReportFigures } from './report-figures.ts';

export function createReport(db: Db, input: ParsedInput<'reports.create'>, now: Date): Report {
  // An archived client gets no new figures: its reports stay readable as they were sent.
  activeClient(db, input.clientId, 'clientId');
  const figures = readReportFigures(db, input, now);
  return insertReport(db, { ...input, sections: DEFAULT_SECTIONS, figures }, now.toISOString());
}

export const editReport = (db: Db, input: ParsedInput<'reports.update'>, now: string): Report =>
  updateReport(db, input.id, input, now);

/** The report as made, and the figures today's data reads differently (nothing is rewritten). */
export function viewReport(db: Db, id: string, now: Date): ReportView {
  const report = getReport(db, id);
  const today = readReportFigures(db, report, now);
  return { report, changes: reportChanges(report.figures, today) };
}

/** Its figures read again: what the next PDF will show. The text and sections stay. */
export function refreshReport(db: Db, id: string, now: Date): Report {
  const report = getReport(db, id);
  activeClient(db, report.clientId, 'id');
  return setReportFigures(db, id, readReportFigures(db, report, now), now.toISOString());
}
