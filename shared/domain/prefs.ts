import { z } from 'zod';
import { BackupKeep } from './backup.ts';
import { Id, IsoDateSchema } from './fields.ts';
import { METRICS, MetricSchema } from './metrics.ts';
import { PostFilters } from './post.ts';
import { CALENDAR_VIEWS, DASHBOARD_KINDS, DEFAULT_PREFS, LANGUAGES } from './prefs-defaults.ts';

// The main process reads them here with the schemas; the renderer from prefs-defaults.ts, without zod.
export {
  CALENDAR_VIEWS,
  type CalendarViewName,
  DASHBOARD_KINDS,
  DEFAULT_PREFS,
  LANGUAGES,
  type Language,
  resolveLanguage,
} from './prefs-defaults.ts';

export const Bounds = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
});

/** What a client's calendar showed last: the view, a day in the period, and the filters. */
export const CalendarView = z.strictObject({
  view: z.enum(CALENDAR_VIEWS),
  date: IsoDateSchema,
  filters: PostFilters,
  /** Columns of the list view the user hid. */
  hiddenColumns: z.array(z.string().max(40)).max(20).optional(),
});
export type CalendarView = z.infer<typeof CalendarView>;

/** The period a client's dashboard showed last (a kind and a day in it, or a typed range) and how it compared. */
export const DashboardView = z.strictObject({
  kind: z.enum(DASHBOARD_KINDS),
  anchor: IsoDateSchema,
  start: IsoDateSchema,
  end: IsoDateSchema,
  /** Sums compared per published post rather than in total. */
  perPost: z.boolean(),
});
export type DashboardView = z.infer<typeof DashboardView>;

/** Pane sizes in percent, by pane id, as the resizable panes report them. */
export const PaneLayout = z.record(z.string().max(20), z.number().min(0).max(100));

/** The week workspace's panes: calendar beside the side column, and the side column's two panes. */
export const WorkspacePanes = z.strictObject({ main: PaneLayout, side: PaneLayout });
export type WorkspacePanes = z.infer<typeof WorkspacePanes>;

/** Preferences live outside the database (electron-store, or a JSON file under the web host). */
export const Prefs = z.strictObject({
  /** null: follow the system locale. */
  language: z.enum(LANGUAGES).nullable(),
  theme: z.enum(['system', 'light', 'dark']),
  lastClientId: Id.nullable(),
  windowBounds: Bounds.nullable(),
  /** Per client id. */
  calendarViews: z.record(Id, CalendarView),
  /** Per client id: the dashboard reopens on the user's last choice. */
  dashboardViews: z.record(Id, DashboardView),
  /** null until the user resizes a pane. */
  workspacePanes: WorkspacePanes.nullable(),
  /** How many automatic backups stay in the backups folder. */
  backupsKept: BackupKeep.shape.keep,
  /** Per client id: the Numbers grid's columns the user does not log. */
  metricsHidden: z.record(Id, z.array(MetricSchema).max(METRICS.length)),
  /** The ideas tray beside the calendar: shown until the user folds it. */
  ideasTray: z.boolean(),
  /** The ideas screen's list and editor; null until the user moves the divider. */
  ideasPanes: PaneLayout.nullable(),
});
export type Prefs = z.infer<typeof Prefs>;

export const PrefsPatch = Prefs.partial();
export type PrefsPatch = z.input<typeof PrefsPatch>;

/** Key by key: one hand-edited or outdated value falls back to its default without losing the others. */
export function readPrefs(raw: unknown): Prefs {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const valid = Object.entries(Prefs.shape)
    .filter(([key, schema]) => record[key] !== undefined && schema.safeParse(record[key]).success)
    .map(([key]) => [key, record[key]]);
  return { ...DEFAULT_PREFS, ...Prefs.partial().parse(Object.fromEntries(valid)) };
}
