import type { Report, ReportSectionId } from '../../../../shared/domain/report.ts';
import { hasMentions } from '../../../../shared/kpi/voice.ts';

/**
 * Sections with nothing of their kind are left out rather than printed empty: no summary written,
 * no mention logged, no competitor watched, no audit. The others always show, saying so when they
 * have nothing yet (a plan with no post is news for the client too).
 */
function hasContent(id: ReportSectionId, report: Report): boolean {
  const { figures } = report;
  switch (id) {
    case 'summary':
      return report.summary.trim() !== '';
    case 'recommendations':
      return report.recommendations.trim() !== '';
    case 'voice':
      return hasMentions(figures.dashboard.listening);
    case 'benchmark':
      return figures.benchmark !== null;
    case 'audit':
      return figures.audit !== null;
    default:
      return true;
  }
}

/** The sections to print, in the user's order. */
export const shownSections = (report: Report): ReportSectionId[] =>
  report.sections.filter((s) => s.on && hasContent(s.id, report)).map((s) => s.id);

/** The cover on a sheet of its own, the sections between covers together (one cover in practice). */
export function sheetsOf(ids: readonly ReportSectionId[]): { cover: boolean; ids: ReportSectionId[] }[] {
  const sheets: { cover: boolean; ids: ReportSectionId[] }[] = [];
  for (const id of ids) {
    const last = sheets.at(-1);
    if (id === 'cover') sheets.push({ cover: true, ids: [id] });
    else if (last && !last.cover) last.ids.push(id);
    else sheets.push({ cover: false, ids: [id] });
  }
  return sheets;
}
