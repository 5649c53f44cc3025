import { z } from 'zod';
import type { DateSetId } from './dates/entry.ts';
import {
  ApprovalExport,
  type ApprovalExported,
  ApprovalReplyText,
  type ReplyApplied,
  type ReplyPreview,
} from './domain/approval.ts';
import {
  type Attachment,
  AttachmentBegin,
  AttachmentChunk,
  AttachmentFinish,
  type UploadStarted,
} from './domain/attachment.ts';
import { type Audit, AuditActionTake, AuditCreate, type AuditSummary, AuditUpdate } from './domain/audit.ts';
import { type AuditFigures, AuditFiguresQuery } from './domain/audit-figures.ts';
import { type BackupInfo, BackupKeep, type BackupList, BackupRef } from './domain/backup.ts';
import { type Benchmark, BenchmarkQuery } from './domain/benchmark.ts';
import {
  CalendarExport,
  CalendarExportCsv,
  CalendarImport,
  type ExportedFile,
  type ImportResult,
} from './domain/calendar-file.ts';
import { type Channel, ChannelCreate, ChannelUpdate } from './domain/channel.ts';
import { type Client, ClientCreate, ClientUpdate } from './domain/client.ts';
import { type Competitor, CompetitorCreate, CompetitorUpdate } from './domain/competitor.ts';
import {
  type CompetitorReadingRow,
  CompetitorReadingsQuery,
  CompetitorReadingsSave,
} from './domain/competitor-readings.ts';
import type { Dashboard } from './domain/dashboard.ts';
import { DashboardQuery } from './domain/dashboard.ts';
import { type Expert, ExpertCreate, ExpertUpdate } from './domain/expert.ts';
import { Id } from './domain/fields.ts';
import {
  type FollowerCount,
  FollowersLatestQuery,
  FollowersQuery,
  FollowersSave,
} from './domain/followers.ts';
import {
  type Idea,
  IdeaCreate,
  IdeaFilter,
  IdeaPictureSet,
  type IdeaPlanned,
  IdeaToPost,
  IdeaUpdate,
} from './domain/idea.ts';
import {
  type Mention,
  MentionCreate,
  MentionCreateMany,
  MentionFilter,
  MentionIds,
  MentionMappingQuery,
  type MentionPage,
  MentionUpdate,
} from './domain/mention.ts';
import { type WatchedTerm, WatchedTermsSave } from './domain/mention-subject.ts';
import {
  MetricsGridQuery,
  type MetricsReading,
  type MetricsRow,
  MetricsSave,
  type SavedMetrics,
} from './domain/metrics.ts';
import {
  NumberImportCommit,
  type NumberImportCommitted,
  NumberImportPreview,
  type NumberImportPreviewResult,
  NumberImportRef,
  NumberImportUploadBegin,
  NumberImportUploadChunk,
} from './domain/number-import.ts';
import { ObjectiveCreate, ObjectiveUpdate } from './domain/objective.ts';
import type { ObjectiveWithProgress } from './domain/objective-progress.ts';
import { type Pillar, PillarCreate, PillarUpdate } from './domain/pillar.ts';
import {
  type Post,
  PostCopy,
  PostCreate,
  PostDuplicate,
  PostFilter,
  PostIds,
  PostMove,
  PostSetStatus,
  PostUpdate,
} from './domain/post.ts';
import { type Prefs, PrefsPatch } from './domain/prefs.ts';
import { type Profile, ProfileLogoSet, ProfileUpdate } from './domain/profile.ts';
import {
  DateSetsSave,
  type PlanDate,
  PlanDatesQuery,
  type RecurringDate,
  RecurringDateCreate,
  RecurringDateUpdate,
} from './domain/recurring-date.ts';
import {
  type Report,
  ReportCreate,
  type ReportSummary,
  ReportUpdate,
  type ReportView,
  type SavedFile,
} from './domain/report.ts';
import { type Segment, SegmentCreate, SegmentUpdate } from './domain/segment.ts';
import type { StartupProblem } from './domain/startup-problem.ts';
import { type TrashItem, TrashRef, TrashRefs } from './domain/trash.ts';
import { TrendCreate, TrendFilter, type TrendNote, TrendUpdate } from './domain/trend-note.ts';
import {
  type BackupRestored,
  type WorkspaceExport,
  WorkspaceImportBegin,
  WorkspaceImportChunk,
  type WorkspaceImported,
} from './domain/workspace-file.ts';
import type { Envelope } from './errors.ts';
import type { MentionMapping } from './listening/mention-meanings.ts';
import type { EventName, EventPayloads, Method } from './methods.ts';

// The names live apart so the preload can import them without zod; callers may take them from here.
export * from './methods.ts';

/** Phantom marker carrying a method's output type; it holds no value at run time. */
export interface Out<T> {
  readonly __out?: T;
}
const as = <T>(): Out<T> => ({});

const ById = z.strictObject({ id: Id });
const ByClient = z.strictObject({ clientId: Id });
const Archive = z.strictObject({ id: Id, archived: z.boolean() });
const None = z.strictObject({}).optional();

export interface AppInfo {
  version: string;
  dataDir: string;
  dbPath: string;
  /** null while no workspace is open (see `problem`). */
  schemaVersion: number | null;
  /** 'electron' or 'web': the renderer hides what a browser cannot do. */
  host: 'electron' | 'web';
  /** File name of the newest backup. */
  lastBackup: string | null;
  /** Why the workspace could not be opened; the app then shows only what can be done about it. */
  problem: StartupProblem | null;
}

/**
 * THE method map: every call the renderer can make, its validated input and its output.
 * The main process, the web host and the tests all dispatch through this one table.
 */
export const contract = {
  'app.info': { input: None, output: as<AppInfo>() },
  /** Answers once the data file in use has been checked whole (after the first screen): its problem, if any. */
  'app.dataChecked': { input: None, output: as<AppInfo>() },
  /** The page has written what it held after an `app.flush` event; the main process may close now. */
  'app.flushed': { input: z.strictObject({ id: z.number().int().nonnegative() }), output: as<null>() },

  'prefs.get': { input: None, output: as<Prefs>() },
  'prefs.set': { input: PrefsPatch, output: as<Prefs>() },

  'clients.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }).optional(),
    output: as<Client[]>(),
  },
  'clients.get': { input: ById, output: as<Client>() },
  'clients.create': { input: ClientCreate, output: as<Client>() },
  'clients.update': { input: ClientUpdate, output: as<Client>() },
  'clients.archive': { input: Archive, output: as<Client>() },
  'clients.delete': { input: ById, output: as<TrashItem>() },

  'channels.list': {
    input: z.strictObject({ clientId: Id, includeArchived: z.boolean().default(false) }),
    output: as<Channel[]>(),
  },
  'channels.create': { input: ChannelCreate, output: as<Channel>() },
  'channels.update': { input: ChannelUpdate, output: as<Channel>() },
  'channels.archive': { input: Archive, output: as<Channel>() },
  'channels.delete': { input: ById, output: as<TrashItem>() },

  'posts.list': { input: PostFilter, output: as<Post[]>() },
  'posts.get': { input: ById, output: as<Post>() },
  'posts.create': { input: PostCreate, output: as<Post>() },
  'posts.update': { input: PostUpdate, output: as<Post>() },
  'posts.move': { input: PostMove, output: as<Post[]>() },
  'posts.setStatus': { input: PostSetStatus, output: as<Post[]>() },
  'posts.duplicate': { input: PostDuplicate, output: as<Post[]>() },
  'posts.copy': { input: PostCopy, output: as<Post[]>() },
  'posts.delete': { input: PostIds, output: as<TrashItem[]>() },
  'posts.campaigns': { input: ByClient, output: as<string[]>() },

  'attachments.begin': { input: AttachmentBegin, output: as<UploadStarted>() },
  'attachments.chunk': { input: AttachmentChunk, output: as<{ received: number }>() },
  'attachments.finish': { input: AttachmentFinish, output: as<Attachment>() },
  'attachments.cancel': { input: z.strictObject({ uploadId: Id }), output: as<null>() },
  'attachments.remove': { input: ById, output: as<Attachment>() },

  'pillars.list': { input: ByClient, output: as<Pillar[]>() },
  'pillars.create': { input: PillarCreate, output: as<Pillar>() },
  'pillars.update': { input: PillarUpdate, output: as<Pillar>() },
  'pillars.delete': { input: ById, output: as<TrashItem>() },

  // Audience segments; `tags` feeds the interests and sectors autocomplete
  'segments.list': { input: ByClient, output: as<Segment[]>() },
  'segments.create': { input: SegmentCreate, output: as<Segment>() },
  'segments.update': { input: SegmentUpdate, output: as<Segment>() },
  'segments.delete': { input: ById, output: as<TrashItem>() },
  'segments.tags': { input: ByClient, output: as<{ interests: string[]; sectors: string[] }>() },

  // Numbers logged by hand
  'metrics.grid': { input: MetricsGridQuery, output: as<MetricsRow[]>() },
  'metrics.save': { input: MetricsSave, output: as<SavedMetrics[]>() },
  'metrics.history': { input: z.strictObject({ postId: Id }), output: as<MetricsReading[]>() },
  'followers.latest': { input: FollowersLatestQuery, output: as<FollowerCount[]>() },
  'followers.list': { input: FollowersQuery, output: as<FollowerCount[]>() },
  'followers.save': { input: FollowersSave, output: as<FollowerCount[]>() },

  // Objectives and the dashboard
  'objectives.list': { input: ByClient, output: as<ObjectiveWithProgress[]>() },
  'objectives.create': { input: ObjectiveCreate, output: as<ObjectiveWithProgress>() },
  'objectives.update': { input: ObjectiveUpdate, output: as<ObjectiveWithProgress>() },
  'objectives.delete': { input: ById, output: as<TrashItem>() },
  'kpis.dashboard': { input: DashboardQuery, output: as<Dashboard>() },

  // Competitor watch: who they are, where they post, what their accounts showed on a day
  'competitors.list': {
    input: z.strictObject({ clientId: Id, includeArchived: z.boolean().default(false) }),
    output: as<Competitor[]>(),
  },
  'competitors.create': { input: CompetitorCreate, output: as<Competitor>() },
  'competitors.update': { input: CompetitorUpdate, output: as<Competitor>() },
  'competitors.archive': { input: Archive, output: as<Competitor>() },
  'competitors.delete': { input: ById, output: as<TrashItem>() },
  'competitors.readings': { input: CompetitorReadingsQuery, output: as<CompetitorReadingRow[]>() },
  'competitors.saveReadings': { input: CompetitorReadingsSave, output: as<CompetitorReadingRow[]>() },
  'competitors.benchmark': { input: BenchmarkQuery, output: as<Benchmark>() },

  // Social listening: the journal of mentions and the terms that suggest their subject
  'mentions.list': { input: MentionFilter, output: as<MentionPage>() },
  'mentions.create': { input: MentionCreate, output: as<Mention>() },
  'mentions.createMany': { input: MentionCreateMany, output: as<{ ids: string[] }>() },
  'mentions.update': { input: MentionUpdate, output: as<Mention>() },
  'mentions.delete': { input: MentionIds, output: as<TrashItem[]>() },
  'mentions.terms': { input: ByClient, output: as<WatchedTerm[]>() },
  'mentions.setTerms': { input: WatchedTermsSave, output: as<WatchedTerm[]>() },
  /** The columns saved for a listening tool's file with this header (`headerSignature`), if any. */
  'mentions.mapping': { input: MentionMappingQuery, output: as<MentionMapping | null>() },

  // The presence audit: the six questions, answered first from the data
  'audits.list': { input: ByClient, output: as<AuditSummary[]>() },
  'audits.get': { input: ById, output: as<Audit>() },
  'audits.create': { input: AuditCreate, output: as<Audit>() },
  /** Autosaved: only what is given changes; `actions` is the whole list. */
  'audits.update': { input: AuditUpdate, output: as<Audit>() },
  'audits.delete': { input: ById, output: as<TrashItem>() },
  /** An action made into an objective, a pillar or a draft post of the audit's client. */
  'audits.act': { input: AuditActionTake, output: as<Audit>() },
  'audits.figures': { input: AuditFiguresQuery, output: as<AuditFigures>() },

  // The ideas bank (a client's, or the shared one when clientId is null), experts, trend notes
  'ideas.list': { input: IdeaFilter, output: as<Idea[]>() },
  /** The quick capture sends a title alone. */
  'ideas.create': { input: IdeaCreate, output: as<Idea>() },
  'ideas.update': { input: IdeaUpdate, output: as<Idea>() },
  'ideas.delete': { input: ById, output: as<TrashItem>() },
  'ideas.setPicture': { input: IdeaPictureSet, output: as<Idea>() },
  /** An idea dropped on the calendar becomes a draft post that keeps its link. */
  'ideas.toPost': { input: IdeaToPost, output: as<IdeaPlanned>() },
  'ideas.tags': { input: z.strictObject({ clientId: Id.nullable() }), output: as<string[]>() },
  'experts.list': { input: None, output: as<Expert[]>() },
  'experts.create': { input: ExpertCreate, output: as<Expert>() },
  'experts.update': { input: ExpertUpdate, output: as<Expert>() },
  'experts.delete': { input: ById, output: as<TrashItem>() },
  'trends.list': { input: TrendFilter, output: as<TrendNote[]>() },
  'trends.create': { input: TrendCreate, output: as<TrendNote>() },
  'trends.update': { input: TrendUpdate, output: as<TrendNote>() },
  'trends.delete': { input: ById, output: as<TrashItem>() },

  // Dates to plan around: the built-in sets a client's calendar shows, and the user's own
  'dates.list': { input: PlanDatesQuery, output: as<PlanDate[]>() },
  'dates.sets': { input: ByClient, output: as<DateSetId[]>() },
  'dates.setSets': { input: DateSetsSave, output: as<DateSetId[]>() },
  'dates.custom': { input: z.strictObject({ clientId: Id.nullable() }), output: as<RecurringDate[]>() },
  'dates.create': { input: RecurringDateCreate, output: as<RecurringDate>() },
  'dates.update': { input: RecurringDateUpdate, output: as<RecurringDate>() },
  'dates.delete': { input: ById, output: as<TrashItem>() },

  // Calendar export and import
  // The freelancer's own name and logo, on every report's cover
  'profile.get': { input: None, output: as<Profile>() },
  'profile.update': { input: ProfileUpdate, output: as<Profile>() },
  'profile.setLogo': { input: ProfileLogoSet, output: as<Profile>() },

  // Client reports, saved with the figures they showed
  'reports.list': { input: ByClient, output: as<ReportSummary[]>() },
  /** The report as made, and which of its figures read differently today. */
  'reports.get': { input: ById, output: as<ReportView>() },
  'reports.create': { input: ReportCreate, output: as<Report>() },
  'reports.update': { input: ReportUpdate, output: as<Report>() },
  /** Its figures read again from today's data. */
  'reports.refresh': { input: ById, output: as<Report>() },
  'reports.delete': { input: ById, output: as<TrashItem>() },
  /** The window showing the report, printed to a PDF in `exports/` (the app only: a browser prints it itself). */
  'reports.pdf': { input: ById, output: as<SavedFile>() },

  // A plan approved without an account: one HTML file out, the client's reply in
  'approvals.export': { input: ApprovalExport, output: as<ApprovalExported>() },
  /** The same plan as a PDF, for a client who prefers paper (the app only: a browser prints the file itself). */
  'approvals.pdf': { input: ApprovalExport, output: as<SavedFile>() },
  /** A reply checked and shown beside its posts; nothing is written. */
  'approvals.read': { input: ApprovalReplyText, output: as<ReplyPreview>() },
  /** The answers of a checked reply written on the posts the client saw as they are. */
  'approvals.apply': { input: ApprovalReplyText, output: as<ReplyApplied>() },

  'calendar.exportIcs': { input: CalendarExport, output: as<ExportedFile>() },
  'calendar.exportCsv': { input: CalendarExportCsv, output: as<ExportedFile>() },
  'calendar.importCsv': { input: CalendarImport, output: as<ImportResult>() },

  // Numbers in by file: a network's analytics export, previewed, then written
  'imports.preview': { input: NumberImportPreview, output: as<NumberImportPreviewResult>() },
  'imports.uploadBegin': { input: NumberImportUploadBegin, output: as<UploadStarted>() },
  'imports.uploadChunk': { input: NumberImportUploadChunk, output: as<{ received: number }>() },
  'imports.uploadCancel': { input: z.strictObject({ uploadId: Id }), output: as<null>() },
  'imports.commit': { input: NumberImportCommit, output: as<NumberImportCommitted>() },
  'imports.undo': { input: NumberImportRef, output: as<{ posts: number }>() },

  'trash.list': { input: None, output: as<TrashItem[]>() },
  'trash.restore': { input: TrashRef, output: as<TrashItem>() },
  'trash.restoreMany': { input: TrashRefs, output: as<TrashItem[]>() },
  'trash.purge': { input: TrashRef, output: as<TrashItem>() },

  // Backups, the workspace file, and the way out of a data file that could not be opened
  'backups.list': { input: None, output: as<BackupList>() },
  'backups.create': { input: None, output: as<BackupInfo>() },
  'backups.restore': { input: BackupRef, output: as<BackupRestored>() },
  'backups.delete': { input: BackupRef, output: as<BackupList>() },
  'backups.setKeep': { input: BackupKeep, output: as<BackupList>() },
  'workspace.export': { input: None, output: as<WorkspaceExport>() },
  'workspace.importBegin': { input: WorkspaceImportBegin, output: as<UploadStarted>() },
  'workspace.importChunk': { input: WorkspaceImportChunk, output: as<{ received: number }>() },
  'workspace.importCancel': { input: z.strictObject({ uploadId: Id }), output: as<null>() },
  'workspace.import': { input: z.strictObject({ uploadId: Id }), output: as<WorkspaceImported>() },
  'recovery.retry': { input: None, output: as<AppInfo>() },
  'recovery.startEmpty': { input: None, output: as<AppInfo>() },
} as const satisfies Record<Method, { input: z.ZodType; output: Out<unknown> }>;

export type Contract = typeof contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'] extends Out<infer T> ? T : never;

/** What the preloads install on `window.calepin`, in Electron and in the browser alike. */
export interface CalepinBridge {
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Envelope<Output<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}
