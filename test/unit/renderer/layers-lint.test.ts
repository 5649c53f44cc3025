import { describe, expect, it } from 'vitest';
import { lintImport } from '../../support/lint/lint-probe.ts';

// The renderer's layers point one way: app/ composes features/; a feature imports ui/, common/,
// api/, i18n/, styles/ and shared/, never another feature nor app/; common/ imports neither
// features/ nor app/; ui/ imports nothing above it. Biome's overrides in biome.json hold these
// rules; each case lints one import as if written in that folder.

const FEATURE = 'renderer/features/metrics';
const COMMON = 'renderer/common/hooks';
const UI = 'renderer/ui';
const APP = 'renderer/app';
const RULE = 'lint/style/noRestrictedImports';

// Biome runs once per case: a few seconds each on a busy machine.
const SLOW = 30_000;

function expectRefused(folder: string, specifier: string, says?: string) {
  const verdict = lintImport(folder, specifier);
  expect(verdict.refused, verdict.output).toBe(true);
  expect(verdict.rules, verdict.output).toContain(RULE);
  if (says) expect(verdict.output).toContain(says);
}

function expectAccepted(folder: string, specifier: string) {
  const verdict = lintImport(folder, specifier);
  expect(verdict.refused, verdict.output).toBe(false);
}

describe('renderer layers, as Biome enforces them', () => {
  it.each(['../kpis/KpiCards.tsx', '../channels/ChannelsSection.tsx', '../../features/kpis/KpiCards.tsx'])(
    'refuses a feature importing another feature (%s)',
    (specifier) => expectRefused(FEATURE, specifier, 'A feature never imports another feature'),
    SLOW,
  );

  it.each(['../../app/Shell.tsx', '../../app/WorkspacePage.tsx'])(
    'refuses a feature importing app/ (%s)',
    (specifier) => expectRefused(FEATURE, specifier, 'A feature never imports renderer/app/'),
    SLOW,
  );

  it.each([
    ['renderer/common/hooks', '../../features/kpis/KpiCards.tsx'],
    ['renderer/common', '../features/kpis/KpiCards.tsx'],
  ])(
    'refuses common/ importing a feature (from %s: %s)',
    (folder, specifier) => expectRefused(folder, specifier, 'renderer/common/ never imports a feature'),
    SLOW,
  );

  it.each([
    ['renderer/common/hooks', '../../app/Shell.tsx'],
    ['renderer/common', '../app/Shell.tsx'],
  ])(
    'refuses common/ importing app/ (from %s: %s)',
    (folder, specifier) => expectRefused(folder, specifier, 'renderer/common/ never imports renderer/app/'),
    SLOW,
  );

  it.each([
    '../features/kpis/KpiCards.tsx',
    '../app/Shell.tsx',
    '../common/hooks/route.ts',
    '../common/widgets/NetworkBadge.tsx',
  ])(
    'refuses ui/ importing what sits above it (%s)',
    (specifier) => expectRefused(UI, specifier, 'renderer/ui/ imports nothing above it'),
    SLOW,
  );

  it.each([
    './NumbersPage.tsx',
    '../../ui/Button.tsx',
    '../../common/hooks/route.ts',
    '../../common/format/format-kpi.ts',
    '../../api/call.ts',
    '../../i18n/format.ts',
    '../../styles/tokens.css',
    '../../../shared/networks.ts',
    'react',
  ])(
    "accepts a feature's own folder and the layers below it (%s)",
    (specifier) => expectAccepted(FEATURE, specifier),
    SLOW,
  );

  it.each([
    ['renderer/common/hooks', './route.ts'],
    ['renderer/common/widgets', '../format/network-name.ts'],
    ['renderer/common/widgets', '../../ui/Badge.tsx'],
    ['renderer/ui', './Button.tsx'],
    ['renderer/ui', '../i18n/format.ts'],
    ['renderer/app', '../features/kpis/DashboardPage.tsx'],
    ['renderer/app', '../common/hooks/route.ts'],
  ])(
    'accepts what the lower layers and app/ may import (from %s: %s)',
    (folder, specifier) => expectAccepted(folder, specifier),
    SLOW,
  );

  describe('still holds the renderer-wide rules in every layer', () => {
    const ELECTRON_FROM: Record<string, string> = {
      [FEATURE]: '../../../electron/db/open.ts',
      [COMMON]: '../../../electron/db/open.ts',
      [UI]: '../../electron/db/open.ts',
      [APP]: '../../electron/db/open.ts',
    };
    it.each(Object.keys(ELECTRON_FROM))(
      'refuses electron/ from %s',
      (folder) => expectRefused(folder, ELECTRON_FROM[folder] ?? '', 'the renderer never imports electron/'),
      SLOW,
    );

    it.each([FEATURE, COMMON, UI, APP])(
      'refuses node:fs from %s',
      (folder) => expectRefused(folder, 'node:fs', 'no Node built-ins'),
      SLOW,
    );

    it.each([FEATURE, COMMON, UI])(
      'refuses the electron and better-sqlite3 packages from %s',
      (folder) => {
        expectRefused(folder, 'electron', 'knows nothing of Electron');
        expectRefused(folder, 'better-sqlite3', 'knows nothing of SQL');
      },
      SLOW,
    );
  });
});
