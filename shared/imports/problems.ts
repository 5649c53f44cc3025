/**
 * Problem codes are i18n keys: the preview says them in the user's language, with the line and the
 * column it is given. No prose here.
 */

/** Why a whole file cannot be read (or, for `unknownFormat`, why it needs a column mapping first). */
export type FileProblemCode =
  | 'tooLarge'
  | 'tooManyRows'
  | 'badEncoding'
  | 'unterminatedQuote'
  | 'noRows'
  | 'unknownFormat'
  | 'mappingColumnMissing'
  | 'zipTooManyEntries'
  | 'zipTooLarge'
  | 'unreadableArchive'
  | 'encrypted'
  | 'macros'
  | 'externalLinks'
  | 'noExportInside';

export interface FileProblem {
  code: FileProblemCode;
  /** The line a spreadsheet shows (`unterminatedQuote`), or a limit's value (`tooLarge`, `tooManyRows`, `zipTooManyEntries`, `zipTooLarge`). */
  line?: number;
  max?: number;
  /** `mappingColumnMissing`: the mapping names a column the file does not have. */
  column?: number;
}

/** Why one cell of a row was not taken; the rest of the row still is. */
export type RowProblemCode =
  | 'badDate'
  | 'missingDate'
  | 'notANumber'
  | 'notInteger'
  | 'negative'
  | 'tooBig'
  | 'percent'
  | 'tooPrecise';

export interface RowProblem {
  code: RowProblemCode;
  /** 0-based index of the column in the file's header. */
  column: number;
}
