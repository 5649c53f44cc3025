import { preloadable } from '../common/lazy/preloadable.tsx';

/**
 * Every screen and dialog whose code loads when first opened: the first screen fetches only what it
 * draws, and the rest follows on idle (prefetchScreens) so opening any of them later never waits.
 * Each is its own chunk, or shares one with the screens that use the same code (Vite decides).
 */
export const screens = {
  week: preloadable(() => import('./WorkspacePage.tsx').then((m) => m.WorkspacePage)),
  calendar: preloadable(() => import('./CalendarScreen.tsx').then((m) => m.CalendarScreen)),
  audience: preloadable(() => import('../features/audience/AudiencePage.tsx').then((m) => m.AudiencePage)),
  numbers: preloadable(() => import('../features/metrics/NumbersPage.tsx').then((m) => m.NumbersPage)),
  kpis: preloadable(() => import('../features/kpis/DashboardPage.tsx').then((m) => m.DashboardPage)),
  objectives: preloadable(() => import('../features/kpis/ObjectivesPage.tsx').then((m) => m.ObjectivesPage)),
  listening: preloadable(() =>
    import('../features/listening/ListeningPage.tsx').then((m) => m.ListeningPage),
  ),
  competitors: preloadable(() =>
    import('../features/competitors/CompetitorsPage.tsx').then((m) => m.CompetitorsPage),
  ),
  ideas: preloadable(() => import('../features/ideas/IdeasPage.tsx').then((m) => m.IdeasPage)),
  audit: preloadable(() => import('../features/audit/AuditPage.tsx').then((m) => m.AuditPage)),
  reports: preloadable(() => import('../features/reports/ReportsPage.tsx').then((m) => m.ReportsPage)),
  clients: preloadable(() => import('../features/clients/ClientsPage.tsx').then((m) => m.ClientsPage)),
  client: preloadable(() => import('./ClientPage.tsx').then((m) => m.ClientPage)),
  trash: preloadable(() => import('../features/trash/TrashPage.tsx').then((m) => m.TrashPage)),
  settings: preloadable(() => import('../features/settings/SettingsPage.tsx').then((m) => m.SettingsPage)),
};

export type ScreenName = keyof typeof screens;

export const dialogs = {
  client: preloadable(() => import('../features/clients/ClientDialog.tsx').then((m) => m.ClientDialog)),
  channel: preloadable(() => import('../features/channels/ChannelDialog.tsx').then((m) => m.ChannelDialog)),
  shortcuts: preloadable(() => import('./ShortcutsDialog.tsx').then((m) => m.ShortcutsDialog)),
  capture: preloadable(() => import('../features/ideas/QuickCapture.tsx').then((m) => m.QuickCapture)),
};

export const RecoveryScreen = preloadable(() =>
  import('../features/recovery/RecoveryScreen.tsx').then((m) => m.RecoveryScreen),
);
