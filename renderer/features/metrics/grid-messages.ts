import { isIsoDate } from '../../../shared/calendar/dates.ts';
import type { Metric, MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { Issue } from '../../../shared/errors.ts';
import type { NumberIssue } from '../../../shared/metrics/number-parse.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { networkName } from '../../common/format/network-name.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { dateLocale, formatLongDay } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import type { CellChange } from './grid-model.ts';
import { metricAt } from './grid-model.ts';
import { issueParams, shortDay } from './metric-format.ts';
import type { PasteRefusal } from './paste-plan.ts';

/** What the bar above the grid says went wrong; kept as data so a change of language re-translates it. */
export type GridProblem =
  | { kind: 'server'; error: unknown; cells: readonly CellChange[] }
  | { kind: 'paste'; refusal: PasteRefusal };

export interface MessageContext {
  t: TFunction;
  language: Language;
  currency: string;
  rows: readonly MetricsRow[];
}

/** A column's header, with the soft hyphens that let a long word break inside a narrow column. */
export const columnHeader = (t: TFunction, metric: Metric, currency: string): string =>
  t(`metrics.columns.${metric}`, { currency });

/** A column's name in a sentence or a label: the same words, without the break hints. */
export const columnName = (t: TFunction, metric: Metric, currency: string): string =>
  columnHeader(t, metric, currency).replaceAll('\u00ad', '');

/** "Mon 23 Nov, 09:00 · Instagram @atelier.rose": which post a message is about. */
export function postName(ctx: MessageContext, row: MetricsRow): string {
  return ctx.t('metrics.grid.postName', {
    day: shortDay(row.date, dateLocale(ctx.language)),
    time: row.time,
    network: networkName(ctx.t, row.network),
    handle: row.channelHandle,
  });
}

/** Counts abbreviated as the networks show them ("1,2 k", "12.5K", "3M"). */
const ABBREVIATED = /\d\s*[kKmM]$/;

/** Why a value typed or pasted into a cell was refused; an abbreviated count is asked for in full. */
export function numberIssueText(
  ctx: MessageContext,
  issue: NumberIssue,
  text: string,
  metric: Metric,
): string {
  if (issue === 'notANumber' && ABBREVIATED.test(text.trim())) return ctx.t('metrics.grid.abbreviated');
  return ctx.t(`issues.${issue}`, issueParams(issue, metric, ctx.language, ctx.currency));
}

/** A server issue in words, with its date written the user's way ("23 Nov 2026", not 2026-11-23). */
function issueText(ctx: MessageContext, issue: Issue): string {
  const params: Record<string, string | number> = { ...issue.params };
  const date = params.date;
  if (typeof date === 'string' && isIsoDate(date)) params.date = formatLongDay(date, ctx.language);
  return ctx.t(`issues.${issue.code}`, params);
}

function serverText(ctx: MessageContext, error: unknown, cells: readonly CellChange[]): string {
  const { t } = ctx;
  if (!isRpcFailure(error) || error.issues.length === 0)
    return t('metrics.problems.general', { message: errorMessage(t, error) });
  const issue = error.issues[0] as Issue;
  const cell = issue.path[0] === 'cells' ? cells[Number(issue.path[1])] : undefined;
  const row = cell && ctx.rows.find((r) => r.postId === cell.postId);
  if (!cell || !row) return t('metrics.problems.general', { message: issueText(ctx, issue) });
  return t('metrics.problems.cell', {
    post: postName(ctx, row),
    column: columnName(t, cell.metric, ctx.currency),
    message: issueText(ctx, issue),
  });
}

function pasteText(ctx: MessageContext, refusal: PasteRefusal): string {
  const { t } = ctx;
  switch (refusal.code) {
    case 'tooManyCells':
    case 'empty':
      return t(`metrics.paste.${refusal.code}`);
    case 'tooWide':
      return t('metrics.paste.tooWide', { columns: refusal.columns, count: refusal.fit });
    case 'tooTall':
      return t('metrics.paste.tooTall', { rows: refusal.rows, count: refusal.fit });
    case 'cell': {
      const metric = metricAt(refusal.col);
      const row = ctx.rows[refusal.row];
      const message =
        refusal.issue === 'notApplicable'
          ? t('issues.notApplicable')
          : numberIssueText(ctx, refusal.issue, refusal.value, metric);
      return t('metrics.paste.cell', {
        value: refusal.value.trim(),
        column: columnName(t, metric, ctx.currency),
        post: row ? postName(ctx, row) : '',
        message,
      });
    }
  }
}

export function problemText(ctx: MessageContext, problem: GridProblem): string {
  return problem.kind === 'server'
    ? serverText(ctx, problem.error, problem.cells)
    : pasteText(ctx, problem.refusal);
}
