import { z } from 'zod';
import { IsoDateSchema } from '../calendar/dates.ts';
import { atMostDays, inOrder } from '../calendar/range.ts';
import type { Issue } from '../errors.ts';
import { Id } from './fields.ts';

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

export const CalendarImport = z.strictObject({
  clientId: Id,
  /** The file's bytes, as they are on disk: the server decodes them (UTF-8 or UTF-16). */
  base64: z
    .string()
    .refine((v) => v.length <= IMPORT_BASE64_MAX, { message: 'fileTooBig', abort: true })
    .refine((v) => v.length % 4 === 0 && BASE64.test(v), { message: 'invalid' }),
  /** Rows (numbered as in a spreadsheet, header = 1) the user chose to leave out. */
  skipLines: z.array(z.number().int().min(1)).max(IMPORT_MAX_ROWS).default([]),
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

export interface ImportResult {
  rows: ImportRow[];
  /** Posts created: 0 for a preview. */
  created: number;
}
