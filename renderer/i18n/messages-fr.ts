import frAudience from './fr/audience.json';
import frBackups from './fr/backups.json';
import frKpis from './fr/kpis.json';
import frMetrics from './fr/metrics.json';
import frNumbersImport from './fr/numbers-import.json';
import frPlanning from './fr/planning.json';
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
};
