import type { z } from 'zod';

/** Error codes the renderer translates (i18n key `errors.<code>`). */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'unknown_method',
  'forbidden',
  'conflict',
  /** No workspace is open (the app is showing what went wrong at start). */
  'unavailable',
  /** The data file was found damaged after it had opened: moved aside, the app shows its recovery. */
  'damaged',
  /** The disk refused: full, or the data folder cannot be written. Nothing was saved. */
  'disk_full',
  'read_only',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Per-field problems; `code` is an i18n key under `issues.`, `params` fill its placeholders. */
export const ISSUE_CODES = [
  'required',
  'tooLong',
  'tooShort',
  'tooBig',
  'tooSmall',
  'invalidType',
  'invalidChoice',
  'invalidId',
  'invalidColor',
  'invalidTimeZone',
  'invalidUrl',
  'unknownNetwork',
  'invalidDate',
  'invalidTime',
  'otherClient',
  'invalidCurrency',
  'unknownField',
  'invalid',
  /** Text that is not well-formed Unicode: a lone surrogate, or bytes that are not UTF-8. */
  'invalidText',
  'bidiControl',
  // Calendar export and import
  'rangeEmpty',
  'rangeTooLong',
  'fileTooBig',
  'csvEncoding',
  'csvUnterminatedQuote',
  'csvNoRows',
  'csvTooManyRows',
  'csvUnknownColumns',
  'csvMissingColumns',
  'csvDuplicateColumns',
  'csvTooManyCells',
  'csvDate',
  'csvTime',
  'csvChoice',
  'csvYesNo',
  'csvNumber',
  'negativeBudget',
  'unknownChannel',
  'noChannels',
  'unknownPillar',
  'unknownSegment',
  'segmentPipe',
  'unsupportedFile',
  'mediaTooBig',
  'tooMany',
  // Audience, numbers and objectives
  'shareRange',
  'shareDecimals',
  'notANumber',
  'notInteger',
  'negative',
  'percent',
  'tooPrecise',
  'tooManyCells',
  'notPublished',
  'notApplicable',
  'beforePublished',
  'futureDate',
  'deadlineBeforeStart',
  'targetIsBaseline',
  'gridTooLong',
  'dashboardTooLong',
  'objectiveTooLong',
  'duplicateChannel',
  // Backups and workspace files
  'notCalepinFile',
  'damagedFile',
  'fileTooNew',
  'noBackup',
  'workspaceNotEmpty',
  // Numbers in by file
  'importTooLarge',
  'importTooManyRows',
  'importEncoding',
  'importUnterminatedQuote',
  'importNoRows',
  'importMappingColumnMissing',
  'zipTooManyEntries',
  'zipTooLarge',
  'unreadableArchive',
  'encryptedArchive',
  'workbookMacros',
  'workbookExternalLinks',
  'noExportInside',
  'otherNetwork',
  'otherClientFile',
  'importChanged',
  'importEdited',
  'chooseAPost',
  'noKnownFollowers',
  'channelRequired',
  'nothingToImport',
  // Competitor watch and listening
  'duplicateAccount',
  'accountTaken',
  'duplicateTerm',
  'invalidSentiment',
  'mentionEmpty',
  'futureTime',
  // The audit and the ideas bank
  'scoreOutOfRange',
  'duplicateQuestion',
  'trendTooLong',
  'dayNotInMonth',
  // Reports and approval without an account
  'reportTooLong',
  'kindMismatch',
  'duplicateSection',
  'missingSection',
  'clientArchived',
  'planTooLong',
  'planEmpty',
  'planTooBig',
  'printFailed',
  'replyTooBig',
  'notAReply',
  'replyAltered',
  'replyOtherClient',
  'printUnavailable',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  path: string[];
  code: IssueCode;
  params?: Record<string, number | string>;
}

export interface RpcError {
  code: ErrorCode;
  /** English, for logs and API users; the UI shows its own translation of `code` and `issues`. */
  message: string;
  issues?: Issue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: RpcError };

/** Thrown by handlers for expected failures; the dispatch turns it into an error envelope. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
}

const isIssueCode = (s: string): s is IssueCode => (ISSUE_CODES as readonly string[]).includes(s);

/** Codes that say a number is not one (or not a whole one), as opposed to out of range. */
const TYPE_CODES: readonly IssueCode[] = ['invalidType', 'notANumber', 'notInteger'];

/**
 * A number's own code (`.min(0, { message: 'negative' })`, `.int({ message: 'notInteger' })`) says more
 * than the generic one. A schema-wide message also reaches its range checks, so each kind of issue only
 * takes the codes of its kind; the generic range codes keep their limit as a parameter.
 */
function numberCode(issue: z.core.$ZodIssue, kind: 'type' | 'range'): IssueCode | null {
  const code = issue.message;
  if (!isIssueCode(code) || code === 'tooBig' || code === 'tooSmall') return null;
  return TYPE_CODES.includes(code) === (kind === 'type') ? code : null;
}

/** One zod issue becomes one issue per offending field (several unknown keys give several). */
function toIssues(issue: z.core.$ZodIssue): Issue | Issue[] {
  const path = issue.path.map(String);
  switch (issue.code) {
    case 'custom':
    case 'invalid_format':
      return { path, code: isIssueCode(issue.message) ? issue.message : 'invalid' };
    case 'invalid_type':
      if (issue.input === undefined) return { path, code: 'required' };
      return { path, code: numberCode(issue, 'type') ?? 'invalidType' };
    case 'too_big': {
      if (issue.origin === 'string') return { path, code: 'tooLong', params: { max: Number(issue.maximum) } };
      const own = issue.origin === 'number' ? numberCode(issue, 'range') : null;
      return own ? { path, code: own } : { path, code: 'tooBig', params: { max: Number(issue.maximum) } };
    }
    case 'too_small': {
      if (issue.origin === 'string')
        return isIssueCode(issue.message) && issue.message === 'required'
          ? { path, code: 'required' }
          : { path, code: 'tooShort', params: { min: Number(issue.minimum) } };
      const own = issue.origin === 'number' ? numberCode(issue, 'range') : null;
      return own ? { path, code: own } : { path, code: 'tooSmall', params: { min: Number(issue.minimum) } };
    }
    case 'invalid_value':
      if (issue.input === undefined) return { path, code: 'required' };
      return { path, code: isIssueCode(issue.message) ? issue.message : 'invalidChoice' };
    case 'invalid_union':
      // A discriminated union (a mention's subject) names its own code for a kind it does not know.
      return { path, code: isIssueCode(issue.message) ? issue.message : 'invalidChoice' };
    case 'unrecognized_keys':
      return issue.keys.map((k) => ({ path: [...path, k], code: 'unknownField' as const }));
    default:
      return { path, code: 'invalid' };
  }
}

/**
 * zod's `.int()` also bounds a number to the safe integers and reports that bound (2^53 − 1) as a
 * maximum; beside the field's own limit it would name a figure no user can act on.
 */
const safeIntegerBound = (issue: z.core.$ZodIssue, all: readonly z.core.$ZodIssue[]): boolean =>
  (issue.code === 'too_big' || issue.code === 'too_small') &&
  issue.origin === 'int' &&
  all.some(
    (other) => other !== issue && other.code === issue.code && other.path.join() === issue.path.join(),
  );

export function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.filter((issue, _, all) => !safeIntegerBound(issue, all)).flatMap(toIssues);
}
