/**
 * What reading an export gives the next layer (matching, preview, commit). Pure data: no database
 * id, no channel; the network's own words stay with each column for display.
 */
import type { IsoDate, LocalTime } from '../calendar/dates.ts';
import type { Metric } from '../domain/metrics.ts';
import type { PostFormat } from '../domain/post-choices.ts';
import type { NetworkId } from '../networks.ts';
import type { ExportKind, FormatId } from './catalogue.ts';
import type { DailySeries } from './daily-series.ts';
import type { ColumnMeaning } from './meanings.ts';
import type { FileProblem, RowProblem } from './problems.ts';

/** A record and the line a spreadsheet shows it on (1-based; a multi-line caption is one line). */
export interface NumberedRecord {
  line: number;
  cells: string[];
}

/** A file's records around its header, before any column has a meaning. */
export interface RecordTable {
  /** Non-empty lines above the header: Meta's series title (`Instagram follows`). */
  titles: string[];
  headerLine: number;
  header: string[];
  body: NumberedRecord[];
}

export interface ImportColumn {
  index: number;
  /** The header cell as the file writes it: `Views`, `Couverture`, `url clicks`. */
  header: string;
  /** null: ignored (a rate, a sum, a column Calepin does not use). */
  meaning: ColumnMeaning | null;
}

/**
 * When a post went out. `instant`: the file says the moment (ISO UTC). `local`: a wall-clock date
 * (and time when given) on a clock the file does not name — Meta writes the page's time, YouTube and
 * TikTok only a day — to be read on the channel's client's zone.
 */
export type Published =
  | { kind: 'instant'; at: string }
  | { kind: 'local'; date: IsoDate; time: LocalTime | null };

export interface ImportRow {
  line: number;
  /** The network's id of the post: X's tweet id, YouTube's video id, TikTok's from the link… */
  externalId: string | null;
  permalink: string | null;
  caption: string | null;
  /** The page or account named on the row, when given. */
  account?: string;
  /** The post's kind, when the file says it in words Calepin knows (`IG reel`). */
  format?: PostFormat;
  published: Published | null;
  /** The day the numbers are for (a daily series' day, a dated export), or a lifetime export's. */
  date: IsoDate | 'lifetime' | null;
  /** Whole counts; `spend` in cents. A metric the file leaves blank or `-` is absent. */
  metrics: Partial<Record<Metric, number>>;
  /** Follows the post brought, or a follows series' new follows of the day. */
  follows?: number;
  /** A daily series' figure of a title Calepin does not know. */
  value?: number;
  problems: RowProblem[];
}

interface Base {
  /** File-level problems: why it was refused, or `unknownFormat`. */
  problems: FileProblem[];
}

export interface ReadExport extends Base {
  outcome: 'read';
  /** null: read through a user's column mapping. */
  format: FormatId | null;
  network: NetworkId | null;
  kind: ExportKind;
  /** Daily series only: what is counted per day (new follows, reach…). */
  series?: DailySeries;
  headerLine: number;
  columns: ImportColumn[];
  rows: ImportRow[];
}

/** No known format: the records wait for a column mapping (`applyMapping`). */
export interface UnknownExport extends Base {
  outcome: 'unknown';
  table: RecordTable;
}

export interface RefusedExport extends Base {
  outcome: 'refused';
}

export type ImportRead = ReadExport | UnknownExport | RefusedExport;

export interface ReadOptions {
  /**
   * The day the export is read against (today, or the "as of" the user picks): a day and month
   * without a year is its latest occurrence not after it.
   */
  reference: IsoDate;
}
