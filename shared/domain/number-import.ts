/**
 * Numbers in by file (issue 14): a network's analytics export previewed, then committed into the
 * Numbers grid. The reading itself is `shared/imports/`; these are the contract's shapes.
 */
import { z } from 'zod';
import type { IsoDate } from '../calendar/dates.ts';
import type { ExportKind, FormatId } from '../imports/catalogue.ts';
import type { SeriesMeasure } from '../imports/daily-series.ts';
import { DATE_STYLES } from '../imports/dates.ts';
import { IMPORT_LIMITS } from '../imports/limits.ts';
import type { RowMatch } from '../imports/match-posts.ts';
import { COLUMN_MEANINGS, type ColumnMeaning } from '../imports/meanings.ts';
import type { FileProblem, RowProblem } from '../imports/problems.ts';
import type { NetworkId } from '../networks.ts';
import { NETWORK_IDS } from '../networks.ts';
import { AttachmentChunk } from './attachment.ts';
import { Id, IsoDateSchema } from './fields.ts';
import { COUNT_MAX, type Metric } from './metrics.ts';

/** Sent whole in one call up to this size; a larger export comes through `imports.upload*`. */
export const IMPORT_INLINE_BYTES = 10 * 1024 * 1024;
const INLINE_BASE64_MAX = Math.ceil(IMPORT_INLINE_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const FILE_NAME_MAX = 255;
/** Columns a mapping may name: wider than any export's header. */
const MAPPED_COLUMNS_MAX = 500;

/** Rows sent back with a preview: those that need the user first, then the others in file order. */
export const PREVIEW_ROWS_MAX = 300;

export const ColumnMappingSchema = z.strictObject({
  columns: z
    .record(
      z.string().regex(/^\d{1,3}$/, { message: 'invalid' }),
      z.enum(COLUMN_MEANINGS as unknown as [ColumnMeaning, ...ColumnMeaning[]], { message: 'invalidChoice' }),
    )
    .refine((c) => Object.keys(c).length <= MAPPED_COLUMNS_MAX, { message: 'tooMany' }),
  dates: z.enum(DATE_STYLES, { message: 'invalidChoice' }).optional(),
  network: z.enum(NETWORK_IDS, { message: 'invalidChoice' }).optional(),
  kind: z.enum(['posts', 'daily'], { message: 'invalidChoice' }).optional(),
});
export type ColumnMappingInput = z.infer<typeof ColumnMappingSchema>;

export const NumberImportPreview = z
  .strictObject({
    clientId: Id,
    fileName: z.string().trim().min(1, { message: 'required' }).max(FILE_NAME_MAX),
    /** The file's bytes as on disk; or `uploadId`, for a file sent in chunks. */
    base64: z
      .string()
      .refine((v) => v.length <= INLINE_BASE64_MAX, { message: 'fileTooBig', abort: true })
      .refine((v) => v.length % 4 === 0 && BASE64.test(v), { message: 'invalid' })
      .optional(),
    uploadId: Id.optional(),
    /** The channel the file is for; left out, the only channel of the file's network is taken. */
    channelId: Id.optional(),
    /** The day lifetime numbers are read on; today on the client's clock when left out. */
    asOf: IsoDateSchema.optional(),
    mapping: ColumnMappingSchema.optional(),
  })
  .refine((v) => (v.base64 === undefined) !== (v.uploadId === undefined), {
    message: 'invalid',
    path: ['base64'],
  });
export type NumberImportPreview = z.input<typeof NumberImportPreview>;

export const NumberImportCommit = z.strictObject({
  importId: Id,
  /** Lines (as the preview numbers them) the user chose to leave out. */
  skipLines: z.array(z.number().int().min(1)).max(IMPORT_LIMITS.rows).default([]),
  /** For each ambiguous line: the post it is about, or null for a new post. */
  choices: z
    .array(z.strictObject({ line: z.number().int().min(1), postId: Id.nullable() }))
    .max(IMPORT_LIMITS.rows)
    .default([]),
  /** A daily follows series: the follower count it starts from, when none was logged before it. */
  knownFollowers: z
    .strictObject({ on: IsoDateSchema, count: z.number().int().min(0).max(COUNT_MAX) })
    .optional(),
});
export type NumberImportCommit = z.input<typeof NumberImportCommit>;

export const NumberImportRef = z.strictObject({ importId: Id });

export const NumberImportUploadBegin = z.strictObject({
  size: z.number().int().min(1).max(IMPORT_LIMITS.bytes, { message: 'fileTooBig' }),
});

/** Chunks as for attachments, up to an export's limit. */
export const NumberImportUploadChunk = AttachmentChunk.extend({
  offset: z.number().int().min(0).max(IMPORT_LIMITS.bytes),
});

/** Why a row will not be written as it is, beyond its cells' problems. */
export type RowNote =
  /** The reading's day is before the post went out. */
  | 'beforePublished'
  /** The reading's day is after today on the client's clock. */
  | 'futureDate'
  /** No post, and no time to create one at. */
  | 'unplaced'
  /** The numbers are those already logged for it. */
  | 'unchanged'
  /** A daily figure Calepin keeps no day of (reach per day): only new follows are. */
  | 'notStored';

/** Which post a row is about, or, for a daily series, the channel's own figure of that day. */
export type ImportMatch = RowMatch | { kind: 'day' };

export interface PreviewRow {
  line: number;
  caption: string | null;
  /** When the file says the post went out (UTC), or null. */
  publishedAt: string | null;
  /** The day the numbers are written for. */
  takenOn: IsoDate;
  metrics: Partial<Record<Metric, number>>;
  /** Follows the post brought, or the day's new follows of a follows series. */
  follows: number | null;
  match: ImportMatch;
  /** The matched post's, or each candidate's of an ambiguous row. */
  posts: { id: string; caption: string; plannedAt: string }[];
  problems: RowProblem[];
  notes: RowNote[];
}

export interface PreviewCounts {
  rows: number;
  matched: number;
  created: number;
  ambiguous: number;
  unplaced: number;
  /** Rows with a cell that could not be read (the rest of the row is still taken). */
  withProblems: number;
  /** Rows whose numbers are already those logged. */
  unchanged: number;
  /** Rows left out whatever the user does: no date, dated before the post or after today. */
  leftOut: number;
}

export interface NumberImportPreviewResult {
  importId: string;
  fileName: string;
  /** The sheet or zip entry read, when the file held several. */
  part: string | null;
  format: FormatId | null;
  network: NetworkId | null;
  kind: ExportKind;
  /** A daily series: what it counts, as its title says. */
  series: { title: string | null; measure: SeriesMeasure } | null;
  /** The chosen channel; null until the user picks one of `channelChoices`. */
  channelId: string | null;
  /** The client's channels the file may be for (its network's first). */
  channelChoices: string[];
  asOf: IsoDate;
  /** Each column's header as the file writes it, and what Calepin reads in it. */
  columns: { index: number; header: string; meaning: ColumnMeaning | null }[];
  /** The file's header, when it needs a mapping (no known format, no saved mapping). */
  unmapped: { header: string[]; sample: string[][] } | null;
  /** A saved mapping was applied (a file with the same header was mapped before). */
  mappingSaved: boolean;
  problems: FileProblem[];
  counts: PreviewCounts;
  rows: PreviewRow[];
  /** A follows series: the count it starts from, or null when one must be given. */
  followers: { from: { on: IsoDate; count: number } | null; firstDay: IsoDate; days: number } | null;
}

export interface NumberImportCommitted {
  importId: string;
  created: number;
  updated: number;
  readings: number;
  followerCounts: number;
  skipped: number;
  /** The first and last days (client's clock) of the posts or days written: where to look at them. */
  days: { from: IsoDate; to: IsoDate } | null;
}
