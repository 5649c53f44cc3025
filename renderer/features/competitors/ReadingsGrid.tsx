import { useId, useRef } from 'react';
import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import { GridTable } from '../../common/grid/GridTable.tsx';
import { SaveStatus } from '../../common/grid/SaveStatus.tsx';
import { type GridEdit, useGridCells } from '../../common/grid/use-grid-cells.ts';
import { useGridEvents } from '../../common/grid/use-grid-events.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { ReadingRow } from './ReadingRow.tsx';
import styles from './ReadingsGrid.module.css';
import { readingsModel } from './readings-cells.ts';
import { type CellIssue, type CellValue, COLUMNS, fieldAt, isNumberField } from './readings-model.ts';
import { cellIssueText, problemText } from './readings-words.ts';
import { useReadingsSaves } from './use-readings-saves.ts';

export type Editing = GridEdit<CellValue, CellIssue>;

export interface ReadingsGridProps {
  clientId: string;
  rows: readonly CompetitorReadingRow[];
  /** The day the readings are taken on. */
  on: string;
  label: string;
}

/**
 * The readings grid: the watched accounts × what was read on their profile that day, driven from
 * the keyboard like a spreadsheet (ARIA grid, one tabbable cell), with paste from a spreadsheet,
 * each commit saved at once and Ctrl+Z to take the last edits back. The page scrolls it: Page
 * Up/Down are the page's.
 */
export function ReadingsGrid({ clientId, rows, on, label }: ReadingsGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gridId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const saves = useReadingsSaves(clientId, on);
  const model = readingsModel(rows, saves, language);
  const cells = useGridCells(model, saves, tableRef);
  const events = useGridEvents(model, cells, saves);
  const { pos, editing } = cells;

  const hintId = `${gridId}-hint`;
  const editError = editing?.error
    ? cellIssueText(t, editing.error, fieldAt(editing.col), editing.text)
    : null;
  return (
    <div className={styles.frame}>
      <SaveStatus
        summary={t('competitors.readings.summary', { count: rows.length })}
        state={saves.state}
        stateText={(state) => t(`competitors.readings.save.${state}`)}
        problem={saves.problem && problemText(t, language, saves.problem, rows)}
        dismissLabel={t('competitors.readings.dismiss')}
        onDismiss={saves.dismissProblem}
      />
      <div className={styles.scroll}>
        <GridTable
          tableRef={tableRef}
          className={styles.table}
          label={label}
          hintId={hintId}
          rowCount={rows.length + 1}
          colCount={COLUMNS.length + 1}
          events={events}
        >
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className={styles.accountHead} aria-colindex={1}>
                {t('competitors.readings.columns.account')}
              </th>
              {COLUMNS.map((field, i) => (
                <th
                  key={field}
                  scope="col"
                  className={isNumberField(field) ? styles.numberHead : styles.textHead}
                  aria-colindex={i + 2}
                  title={t(`competitors.readings.hints.${field}`)}
                >
                  {t(`competitors.readings.columns.${field}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <ReadingRow
                key={row.accountId}
                row={row}
                index={index}
                activeCol={index === pos.row ? pos.col : -1}
                values={
                  Object.fromEntries(COLUMNS.map((f) => [f, saves.shownOf(row, f)])) as Record<
                    ReadingField,
                    CellValue
                  >
                }
                refused={(field) => saves.refused(row.accountId, field)}
                editing={editing?.rowId === row.accountId ? { ...editing, message: editError } : null}
                gridId={gridId}
                onEditChange={cells.setText}
                onEditBlur={cells.onEditBlur}
              />
            ))}
          </tbody>
        </GridTable>
      </div>
      <p id={hintId} className={styles.hint}>
        {t('competitors.readings.keys')}
      </p>
    </div>
  );
}
