import type { Metric, MetricsRow } from '../../../shared/domain/metrics.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { Issue } from '../../../shared/errors.ts';
import type { NumberIssue } from '../../../shared/metrics/number-parse.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { networkName } from '../../common/format/network-name.ts';
import type { PasteRefusal } from '../../common/grid/paste-plan.ts';
import type { SaveProblem } from '../../common/grid/use-cell-saves.ts';
import { datedIssueMessage } from '../../i18n/dated-issue.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { dateLocale } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { type CellChange, metricAt } from './grid-model.ts';
import { issueParams, shortDay } from './metric-format.ts';
import type { PasteIssue } from './paste-plan.ts';

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

function serverText(ctx: MessageContext, error: unknown, cells: readonly CellChange[]): string {
  const { t } = ctx;
  if (!isRpcFailure(error) || error.issues.length === 0)
    return t('metrics.problems.general', { message: errorMessage(t, error) });
  const issue = error.issues[0] as Issue;
  const cell = issue.path[0] === 'cells' ? cells[Number(issue.path[1])] : undefined;
  const row = cell && ctx.rows.find((r) => r.postId === cell.postId);
  if (!cell || !row)
    return t('metrics.problems.general', { message: datedIssueMessage(ctx.t, ctx.language, issue) });
  return t('metrics.problems.cell', {
    post: postName(ctx, row),
    column: columnName(t, cell.metric, ctx.currency),
    message: datedIssueMessage(ctx.t, ctx.language, issue),
  });
}

function pasteText(ctx: MessageContext, refusal: PasteRefusal<PasteIssue>): string {
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

/** What the bar above the grid says went wrong. */
export function problemText(ctx: MessageContext, problem: SaveProblem<CellChange, PasteIssue>): string {
  return problem.kind === 'server'
    ? serverText(ctx, problem.error, problem.cells)
    : pasteText(ctx, problem.refusal);
}
