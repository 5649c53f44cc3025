import frApprovals from './fr/approvals.json';
import frAudience from './fr/audience.json';
import frAudit from './fr/audit.json';
import frBackups from './fr/backups.json';
import frCompetitors from './fr/competitors.json';
import frDates from './fr/dates.json';
import frIdeas from './fr/ideas.json';
import frKpis from './fr/kpis.json';
import frListening from './fr/listening.json';
import frMetrics from './fr/metrics.json';
import frNumbersImport from './fr/numbers-import.json';
import frPlanning from './fr/planning.json';
import frReportScreen from './fr/report-screen.json';
import frReports from './fr/reports.json';
import frWorkspace from './fr/workspace.json';
import frCore from './fr.json';
import type { Messages } from './messages-en.ts';

export const fr: Messages = {
  ...frCore,
  audience: frAudience,
  metrics: frMetrics,
  numbersImport: frNumbersImport,
  kpis: frKpis,
  workspace: frWorkspace,
  backups: frBackups,
  planning: frPlanning,
  listening: frListening,
  competitors: frCompetitors,
  audit: frAudit,
  ideas: frIdeas,
  dates: frDates,
  reports: frReports,
  reportScreen: frReportScreen,
  approvals: frApprovals,
};
