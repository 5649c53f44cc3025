import type { Prefs } from './prefs.ts';

/**
 * The preferences' choices and defaults without their zod schemas (shared/domain/prefs.ts): the
 * window reads them before its first screen, and the schemas' code comes only with what checks input.
 */

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CALENDAR_VIEWS = ['week', 'month', 'list'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

export const DASHBOARD_KINDS = ['week', 'month', 'quarter', 'custom'] as const;

/** How many automatic backups stay in the backups folder unless the user chooses. */
export const BACKUPS_KEEP_DEFAULT = 10;

export const DEFAULT_PREFS: Prefs = {
  language: null,
  theme: 'system',
  lastClientId: null,
  windowBounds: null,
  calendarViews: {},
  dashboardViews: {},
  workspacePanes: null,
  backupsKept: BACKUPS_KEEP_DEFAULT,
  metricsHidden: {},
  ideasTray: true,
  ideasPanes: null,
};

/** The saved choice wins; otherwise French for a French system locale, English for any other. */
export function resolveLanguage(saved: Language | null, systemLocale: string | undefined): Language {
  if (saved) return saved;
  return systemLocale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
