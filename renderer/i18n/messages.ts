import enAudience from './en/audience.json';
import enBackups from './en/backups.json';
import enKpis from './en/kpis.json';
import enMetrics from './en/metrics.json';
import enPlanning from './en/planning.json';
import enWorkspace from './en/workspace.json';
import enCore from './en.json';
import frAudience from './fr/audience.json';
import frBackups from './fr/backups.json';
import frKpis from './fr/kpis.json';
import frMetrics from './fr/metrics.json';
import frPlanning from './fr/planning.json';
import frWorkspace from './fr/workspace.json';
import frCore from './fr.json';

// One file per large area keeps each file readable; each becomes one top-level namespace key.
export const en = {
  ...enCore,
  audience: enAudience,
  metrics: enMetrics,
  kpis: enKpis,
  workspace: enWorkspace,
  backups: enBackups,
  planning: enPlanning,
};

export const fr: typeof en = {
  ...frCore,
  audience: frAudience,
  metrics: frMetrics,
  kpis: frKpis,
  workspace: frWorkspace,
  backups: frBackups,
  planning: frPlanning,
};
