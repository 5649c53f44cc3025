import type { Language } from '../../shared/domain/prefs-defaults.ts';
import type {
  Paper,
  Report,
  ReportFigures,
  ReportKind,
  ReportSection,
  ReportSummary,
} from '../../shared/domain/report.ts';
import { AppError } from '../../shared/errors.ts';
import { requireClient } from './clients.ts';
import { type MetaRow, meta, newId } from './row.ts';
import { sql } from './sql.ts';
import { stmt } from './statements.ts';
import type { Db } from './types.ts';
import { type UpdatableTable, updateById } from './update.ts';

interface ReportRow extends MetaRow {
  client_id: string;
  title: string;
  kind: ReportKind;
  period_from: string;
  period_to: string;
  language: Language;
  paper: Paper;
  sections: string;
  summary: string;
  recommendations: string;
  figures: string;
  figures_at: string;
}

/** What an edit may change; the figures change only by being read again (`setReportFigures`). */
const REPORTS: UpdatableTable<{
  title: string;
  language: Language;
  paper: Paper;
  sections: string;
  summary: string;
  recommendations: string;
  updatedAt: string;
}> = {
  name: sql`reports`,
  columns: {
    title: sql`title`,
    language: sql`language`,
    paper: sql`paper`,
    sections: sql`sections`,
    summary: sql`summary`,
    recommendations: sql`recommendations`,
    updatedAt: sql`updated_at`,
  },
};

const toSummary = (r: ReportRow): ReportSummary => ({
  ...meta(r),
  clientId: r.client_id,
  title: r.title,
  kind: r.kind,
  from: r.period_from,
  to: r.period_to,
  language: r.language,
  paper: r.paper,
  sections: JSON.parse(r.sections) as ReportSection[],
  figuresAt: r.figures_at,
});

const toReport = (r: ReportRow): Report => {
  const { figuresAt: _, ...summary } = toSummary(r);
  return {
    ...summary,
    summary: r.summary,
    recommendations: r.recommendations,
    figures: JSON.parse(r.figures) as ReportFigures,
  };
};

function liveRow(db: Db, id: string): ReportRow {
  const row = stmt<[string], ReportRow>(db, 'SELECT * FROM reports WHERE id = ? AND deleted_at IS NULL').get(
    id,
  );
  if (!row) throw new AppError('not_found', `No report with id ${id}`);
  requireClient(db, row.client_id);
  return row;
}

export const getReport = (db: Db, id: string): Report => toReport(liveRow(db, id));

/** A client's reports, the latest period first; their figures stay on disk until one is opened. */
export function listReports(db: Db, clientId: string): ReportSummary[] {
  requireClient(db, clientId);
  return stmt<[string], ReportRow>(
    db,
    `SELECT id, client_id, title, kind, period_from, period_to, language, paper, sections,
            '' AS summary, '' AS recommendations, '' AS figures, figures_at, created_at, updated_at, deleted_at
     FROM reports WHERE client_id = ? AND deleted_at IS NULL
     ORDER BY period_to DESC, period_from DESC, created_at DESC`,
  )
    .all(clientId)
    .map(toSummary);
}

export interface NewReport {
  clientId: string;
  title: string;
  kind: ReportKind;
  from: string;
  to: string;
  language: Language;
  paper: Paper;
  sections: readonly ReportSection[];
  figures: ReportFigures;
}

export function insertReport(db: Db, input: NewReport, now: string): Report {
  const id = newId();
  stmt(
    db,
    `INSERT INTO reports (id, client_id, title, kind, period_from, period_to, language, paper, sections,
                          figures, figures_at, created_at, updated_at)
     VALUES (@id, @clientId, @title, @kind, @from, @to, @language, @paper, @sections,
             @figures, @figuresAt, @now, @now)`,
  ).run({
    id,
    clientId: input.clientId,
    title: input.title,
    kind: input.kind,
    from: input.from,
    to: input.to,
    language: input.language,
    paper: input.paper,
    sections: JSON.stringify(input.sections),
    figures: JSON.stringify(input.figures),
    figuresAt: input.figures.at,
    now,
  });
  return getReport(db, id);
}

export interface ReportPatch {
  title?: string | undefined;
  language?: Language | undefined;
  paper?: Paper | undefined;
  sections?: readonly ReportSection[] | undefined;
  summary?: string | undefined;
  recommendations?: string | undefined;
}

export function updateReport(db: Db, id: string, patch: ReportPatch, now: string): Report {
  liveRow(db, id);
  updateById(db, REPORTS, id, {
    title: patch.title,
    language: patch.language,
    paper: patch.paper,
    sections: patch.sections === undefined ? undefined : JSON.stringify(patch.sections),
    summary: patch.summary,
    recommendations: patch.recommendations,
    updatedAt: now,
  });
  return getReport(db, id);
}

export function setReportFigures(db: Db, id: string, figures: ReportFigures, now: string): Report {
  liveRow(db, id);
  stmt(db, 'UPDATE reports SET figures = ?, figures_at = ?, updated_at = ? WHERE id = ?').run(
    JSON.stringify(figures),
    figures.at,
    now,
    id,
  );
  return getReport(db, id);
}
