import { AppError, type IssueCode } from '../../../shared/errors.ts';
import type { FileProblem, FileProblemCode } from '../../../shared/imports/problems.ts';

/** Each reason a file is refused, as the issue the user reads (translated in the renderer). */
const ISSUE: Readonly<Record<FileProblemCode, IssueCode>> = {
  tooLarge: 'importTooLarge',
  tooManyRows: 'importTooManyRows',
  badEncoding: 'importEncoding',
  unterminatedQuote: 'importUnterminatedQuote',
  noRows: 'importNoRows',
  unknownFormat: 'importNoRows',
  mappingColumnMissing: 'importMappingColumnMissing',
  zipTooManyEntries: 'zipTooManyEntries',
  zipTooLarge: 'zipTooLarge',
  unreadableArchive: 'unreadableArchive',
  encrypted: 'encryptedArchive',
  macros: 'workbookMacros',
  externalLinks: 'workbookExternalLinks',
  noExportInside: 'noExportInside',
};

/** A refused file: nothing is kept, and the user is told why, with the line or limit it names. */
export function fileIssue(problem: FileProblem | undefined): AppError {
  const code = problem ? ISSUE[problem.code] : 'noExportInside';
  const params: Record<string, number> = {};
  if (problem?.line !== undefined) params.line = problem.line;
  if (problem?.max !== undefined) params.max = problem.max;
  if (problem?.column !== undefined) params.column = problem.column + 1;
  return new AppError('invalid_input', `The file cannot be imported: ${problem?.code ?? 'unknown'}`, [
    { path: ['file'], code, ...(Object.keys(params).length > 0 ? { params } : {}) },
  ]);
}
