import enApprovals from './en/approvals.json';
import enAudience from './en/audience.json';
import enAudit from './en/audit.json';
import enBackups from './en/backups.json';
import enCompetitors from './en/competitors.json';
import enDates from './en/dates.json';
import enIdeas from './en/ideas.json';
import enKpis from './en/kpis.json';
import enListening from './en/listening.json';
import enMetrics from './en/metrics.json';
import enNumbersImport from './en/numbers-import.json';
import enPlanning from './en/planning.json';
import enReportScreen from './en/report-screen.json';
import enReports from './en/reports.json';
import enWorkspace from './en/workspace.json';
import enCore from './en.json';

// One file per large area keeps each file readable; each becomes one top-level namespace key.
export const en = {
  ...enCore,
  audience: enAudience,
  metrics: enMetrics,
  numbersImport: enNumbersImport,
  kpis: enKpis,
  workspace: enWorkspace,
  backups: enBackups,
  planning: enPlanning,
  listening: enListening,
  competitors: enCompetitors,
  audit: enAudit,
  ideas: enIdeas,
  dates: enDates,
  reports: enReports,
  reportScreen: enReportScreen,
  approvals: enApprovals,
};

export type Messages = typeof en;
