import type { Metric } from '../../../shared/domain/metrics.ts';
import type { NumberImportPreviewResult, PreviewRow } from '../../../shared/domain/number-import.ts';
import type { Language } from '../../../shared/domain/prefs.ts';
import type { RowProblem } from '../../../shared/imports/problems.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { TFunction } from '../../i18n/keys.ts';

type Columns = NumberImportPreviewResult['columns'];

/** "Views 1,494 · Reach 896 · Likes 137", in the file's words, in the file's column order. */
export function numbersText(row: PreviewRow, columns: Columns, language: Language): string {
  const parts: string[] = [];
  for (const column of columns) {
    const meaning = column.meaning;
    if (!meaning) continue;
    const value = meaning === 'follows' ? row.follows : (row.metrics[meaning as Metric] ?? null);
    if (value === null || value === undefined) continue;
    if (parts.some((p) => p.startsWith(`${column.header} `))) continue;
    parts.push(`${column.header} ${formatNumber(value, language)}`);
  }
  return parts.join(' · ');
}

/** A cell the file wrote that could not be read, named by its column. */
export const cellProblem = (t: TFunction, problem: RowProblem, columns: Columns): string =>
  t(`numbersImport.cell.${problem.code}`, {
    column: columns[problem.column]?.header ?? String(problem.column + 1),
  });

export const formatLabel = (t: TFunction, preview: NumberImportPreviewResult): string =>
  t(`numbersImport.formats.${preview.format ?? 'mapped'}`);
