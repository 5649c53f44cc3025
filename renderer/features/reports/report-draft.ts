import type { Input } from '../../../shared/contract.ts';
import { hasBidiControl, NAME_MAX } from '../../../shared/domain/fields.ts';
import type { Language } from '../../../shared/domain/prefs-defaults.ts';
import type { Paper, Report, ReportSection } from '../../../shared/domain/report.ts';
import { sameSections } from './section-moves.ts';

/** What the user edits of a report; its figures are the server's. */
export interface ReportDraft {
  title: string;
  language: Language;
  paper: Paper;
  sections: readonly ReportSection[];
  summary: string;
  recommendations: string;
}

export type ReportPatch = Omit<Input<'reports.update'>, 'id'>;

export const draftOf = (report: Report): ReportDraft => ({
  title: report.title,
  language: report.language,
  paper: report.paper,
  sections: report.sections,
  summary: report.summary,
  recommendations: report.recommendations,
});

/** Whether the contract takes this title: an invisible direction character pasted in is held back. */
export const titleSendable = (title: string): boolean =>
  title.trim().length <= NAME_MAX && !hasBidiControl(title);

/** Only what differs from what the server holds; null when nothing does. */
export function patchOf(saved: ReportDraft, next: ReportDraft): ReportPatch | null {
  const patch: ReportPatch = {};
  if (next.title.trim() !== saved.title.trim() && titleSendable(next.title)) patch.title = next.title.trim();
  if (next.language !== saved.language) patch.language = next.language;
  if (next.paper !== saved.paper) patch.paper = next.paper;
  if (!sameSections(next.sections, saved.sections)) patch.sections = [...next.sections];
  if (next.summary !== saved.summary) patch.summary = next.summary;
  if (next.recommendations !== saved.recommendations) patch.recommendations = next.recommendations;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The report as the preview and the PDF show it: what is saved, with the edits not yet stored. */
export const withDraft = (report: Report, draft: ReportDraft): Report => ({
  ...report,
  ...draft,
  title: draft.title.trim(),
  sections: [...draft.sections],
});
