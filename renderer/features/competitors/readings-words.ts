import { format } from 'date-fns';
import { dateToUtcMs } from '../../../shared/calendar/dates.ts';
import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import { isRpcFailure } from '../../api/rpc-failure.ts';
import { networkName } from '../../common/format/network-name.ts';
import type { SaveProblem } from '../../common/grid/use-cell-saves.ts';
import { datedIssueMessage } from '../../i18n/dated-issue.ts';
import { errorMessage } from '../../i18n/errors.ts';
import { dateLocale } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';
import { type CellChange, type CellIssue, fieldAt, PER_POST_MAX } from './readings-model.ts';
import { refusedCells } from './use-readings-saves.ts';

/** "12 Nov" / "12 nov.": a reading's day beside its account. */
export const shortDay = (day: string, language: Language): string =>
  format(new Date(dateToUtcMs(day) + 12 * 3_600_000), 'd MMM', { locale: dateLocale(language) });

/** Counts abbreviated as the networks show them ("1,2 k", "12.5K", "3M"). */
const ABBREVIATED = /\d\s*[kKmM]$/;

/** Why a value typed or pasted into a cell was refused. */
export function cellIssueText(t: TFunction, issue: CellIssue, field: ReadingField, text = ''): string {
  if (issue === 'notANumber' && ABBREVIATED.test(text.trim()))
    return t('competitors.readings.issues.abbreviated');
  if (issue === 'oneDecimal') return t('competitors.readings.issues.oneDecimal');
  if (issue === 'tooBig')
    return t('issues.tooBig', { max: field === 'engagementsPerPost' ? PER_POST_MAX : 1_000_000_000_000 });
  return t(`issues.${issue}`);
}

/** "Bloom · Instagram @bloom.fleurs": which account a message is about. */
export function accountName(t: TFunction, row: CompetitorReadingRow): string {
  return t('competitors.readings.accountName', {
    name: row.competitorName,
    network: networkName(t, row.network),
    handle: row.handle,
  });
}

/** What the bar above the grid says went wrong. */
export function problemText(
  t: TFunction,
  language: Language,
  problem: SaveProblem<CellChange, CellIssue>,
  rows: readonly CompetitorReadingRow[],
): string {
  const column = (field: ReadingField) => t(`competitors.readings.columns.${field}`);
  if (problem.kind === 'server') {
    const { error } = problem;
    const issue = isRpcFailure(error) ? error.issues[0] : undefined;
    const cell = refusedCells(error, problem.cells)[0]?.cell;
    if (!issue) return t('competitors.readings.problems.general', { message: errorMessage(t, error) });
    const row = cell && rows.find((r) => r.accountId === cell.accountId);
    if (!cell || !row)
      return t('competitors.readings.problems.general', { message: datedIssueMessage(t, language, issue) });
    return t('competitors.readings.problems.cell', {
      account: accountName(t, row),
      column: column(cell.field),
      message: datedIssueMessage(t, language, issue),
    });
  }
  const { refusal } = problem;
  switch (refusal.code) {
    case 'tooManyCells':
    case 'empty':
      return t(`competitors.readings.paste.${refusal.code}`);
    case 'tooWide':
      return t('competitors.readings.paste.tooWide', { columns: refusal.columns, count: refusal.fit });
    case 'tooTall':
      return t('competitors.readings.paste.tooTall', { rows: refusal.rows, count: refusal.fit });
    case 'cell': {
      const field = fieldAt(refusal.col);
      const row = rows[refusal.row];
      return t('competitors.readings.paste.cell', {
        value: refusal.value.trim(),
        column: column(field),
        account: row ? accountName(t, row) : '',
        message: cellIssueText(t, refusal.issue, field, refusal.value),
      });
    }
  }
}
