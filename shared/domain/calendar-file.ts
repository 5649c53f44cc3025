import { z } from 'zod';
import { atMostDays, inOrder } from '../calendar/range.ts';
import type { Issue } from '../errors.ts';
import { Id, IsoDateSchema } from './fields.ts';

/** "At most about five years" of a calendar in one file: a heavy freelancer's whole history. */
export const EXPORT_MAX_DAYS = 5 * 366;
/** A file to import, before base64 (which adds a third). */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
export const IMPORT_BASE64_MAX = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;
/** Rows of one import: years of a busy calendar, and still a preview the window can hold. */
export const IMPORT_MAX_ROWS = 10_000;

const Range = {
  clientId: Id,
  /** First wall-calendar day, inclusive. */
  from: IsoDateSchema,
  /** Last wall-calendar day, exclusive. */
  to: IsoDateSchema,
};

const notTooLong = atMostDays(EXPORT_MAX_DAYS);

export const CalendarExport = z
  .strictObject(Range)
  .refine(inOrder, { message: 'rangeEmpty', path: ['to'] })
  .refine(notTooLong, { message: 'rangeTooLong', path: ['to'] });
export type CalendarExport = z.input<typeof CalendarExport>;

export const CalendarExportCsv = z
  .strictObject({
    ...Range,
    /** `;` for spreadsheets in French (and most European) locales, which split on it. */
    delimiter: z.enum([',', ';'], { message: 'invalidChoice' }).default(','),
  })
  .refine(inOrder, { message: 'rangeEmpty', path: ['to'] })
  .refine(notTooLong, { message: 'rangeTooLong', path: ['to'] });
export type CalendarExportCsv = z.input<typeof CalendarExportCsv>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** A `channel` cell is at most a network and a handle; longer is not a channel name. */
const CHANNEL_CELL_MAX = 300;

/** The user's choice for one `channel` cell of the file: one of the client's channels, or null to skip its rows. */
export const ChannelChoice = z.strictObject({
  value: z.string().max(CHANNEL_CELL_MAX),
  channelId: Id.nullable(),
});
export type ChannelChoice = z.input<typeof ChannelChoice>;

export const CalendarImport = z.strictObject({
  clientId: Id,
  /** The file's bytes, as they are on disk: the server decodes them (UTF-8 or UTF-16). */
  base64: z
    .string()
    .refine((v) => v.length <= IMPORT_BASE64_MAX, { message: 'fileTooBig', abort: true })
    .refine((v) => v.length % 4 === 0 && BASE64.test(v), { message: 'invalid' }),
  /** Rows (numbered as in a spreadsheet, header = 1) the user chose to leave out. */
  skipLines: z.array(z.number().int().min(1)).max(IMPORT_MAX_ROWS).default([]),
  /** How the file's channels map to this client's (a file from another client names others). */
  channelMap: z.array(ChannelChoice).max(IMPORT_MAX_ROWS).default([]),
  /** false: preview only, nothing is written. true: create every row not skipped, or nothing. */
  commit: z.boolean(),
});
export type CalendarImport = z.input<typeof CalendarImport>;

export interface ExportedFile {
  /** A suggestion for the save dialog, e.g. `calepin-boulangerie-martin-2026-11-23.ics`. */
  fileName: string;
  text: string;
}

/** One row of the file as the preview shows it. */
export interface ImportRow {
  /** Row number as a spreadsheet shows it: the header is 1, the first post 2. */
  line: number;
  /** Normalised when readable (on the client's wall clock), else as written. */
  date: string;
  time: string;
  /** `network:handle` of the matched channel, else as written. */
  channel: string;
  status: string;
  format: string;
  /** First words of the caption. */
  excerpt: string;
  skipped: boolean;
  /** `path` is the column (`['budget']`), or empty for the whole row. */
  issues: Issue[];
}

/** A `channel` cell of the file and which of the client's channels its rows go to. */
export interface FileChannel {
  /** As written in the file, trimmed. */
  value: string;
  rows: number;
  /** The client's channel its rows go to; null when none matches or the user skips it. */
  channelId: string | null;
  /** By its name, suggested (the client's only live channel on that network), chosen, skipped, or none. */
  match: 'name' | 'suggested' | 'chosen' | 'skipped' | 'none';
}

export interface ImportResult {
  rows: ImportRow[];
  /** Every channel the file names, in the order it first names them. */
  channels: FileChannel[];
  /** Posts created: 0 for a preview. */
  created: number;
}
