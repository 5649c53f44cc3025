import {
  type ClipboardEvent,
  type KeyboardEvent,
  type MouseEvent,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import { useFlusher } from '../../common/hooks/flush.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { Button } from '../../ui/Button.tsx';
import { ReadingRow } from './ReadingRow.tsx';
import styles from './ReadingsGrid.module.css';
import {
  type CellChange,
  type CellIssue,
  type CellPos,
  type CellValue,
  COLUMNS,
  colOf,
  type EditMode,
  editText,
  fieldAt,
  gridAction,
  isNumberField,
  type Move,
  moveFrom,
  parseCell,
  planPaste,
  readingValue,
} from './readings-model.ts';
import { cellIssueText, problemText } from './readings-words.ts';
import { useReadingsSaves } from './use-readings-saves.ts';

export interface Editing {
  accountId: string;
  field: ReadingField;
  text: string;
  mode: EditMode;
  error: CellIssue | null;
  /** The cell's value when the editor opened: what undo writes back. */
  before: CellValue;
}

/** The focused cell by account and column, and the row it was last seen on. */
interface Active {
  accountId: string;
  col: number;
  row: number;
}

export interface ReadingsGridProps {
  clientId: string;
  rows: readonly CompetitorReadingRow[];
  /** The day the readings are taken on. */
  on: string;
  label: string;
}

type TableEvent<E> = E & { currentTarget: HTMLTableElement };

/** The cell under a click, or null outside the reading cells. */
function cellOf(target: EventTarget): CellPos | null {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-col]') : null;
  if (!cell) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

/**
 * The readings grid: the watched accounts × what was read on their profile that day, driven from
 * the keyboard like a spreadsheet (ARIA grid, one tabbable cell), with paste from a spreadsheet,
 * each commit saved at once and Ctrl+Z to take the last edits back.
 */
export function ReadingsGrid({ clientId, rows, on, label }: ReadingsGridProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gridId = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const saves = useReadingsSaves(clientId, on);
  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  const editingRef = useRef<Editing | null>(null);
  const focusWanted = useRef(false);
  // Where a run of Tab presses started: Enter then goes to the next row's cell under it.
  const tabRun = useRef<{ accountId: string; col: number } | null>(null);

  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.accountId, i])), [rows]);
  const rowIndex = active ? Math.min(indexOf.get(active.accountId) ?? active.row, rows.length - 1) : 0;
  const pos: CellPos = { row: Math.max(0, rowIndex), col: active?.col ?? 0 };

  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  useLayoutEffect(() => {
    if (!focusWanted.current || editingRef.current) return;
    focusWanted.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-row="${pos.row}"][data-col="${pos.col}"]`)?.focus();
  });

  const shown = (row: CompetitorReadingRow, field: ReadingField): CellValue => {
    const refused = saves.refused(row.accountId, field);
    return saves.valueOf(row, field, refused ? refused.value : readingValue(row.reading, field));
  };
  const storedAt = (row: CompetitorReadingRow, field: ReadingField): CellValue =>
    saves.valueOf(row, field, readingValue(row.reading, field));

  const go = (to: CellPos) => {
    const row = rows[to.row];
    if (!row) return;
    focusWanted.current = true;
    setActive({ accountId: row.accountId, col: to.col, row: to.row });
  };

  /** One cell written; nothing is sent when the value does not change. */
  const writeCell = (accountId: string, field: ReadingField, value: CellValue, before: CellValue) => {
    const row = rows[indexOf.get(accountId) ?? -1];
    const stored = row ? storedAt(row, field) : before;
    saves.forget(accountId, field);
    if (stored === value || (stored === null && value === '') || (stored === '' && value === null)) return;
    saves.commit([{ accountId, field, value }], [{ accountId, field, value: stored }]);
  };

  /** Writes what was typed when it reads; otherwise writes nothing and says why. */
  const keep = (typed: Editing): CellIssue | null => {
    const parsed = parseCell(typed.field, typed.text, language);
    if (!parsed.ok) return parsed.code;
    writeCell(typed.accountId, typed.field, parsed.value, typed.before);
    return null;
  };

  const commit = (): boolean => {
    const typed = editingRef.current;
    if (!typed) return true;
    const error = keep(typed);
    setEditing(error ? { ...typed, error } : null);
    return error === null;
  };

  // An edit still open when the grid goes away (another tab, another screen, another day) is kept.
  const leave = useRef(() => {});
  leave.current = () => {
    const typed = editingRef.current;
    if (typed) keep(typed);
  };
  useEffect(() => () => leave.current(), []);
  useFlusher((reason) => {
    if (reason === 'closing' && editingRef.current) commit();
    return saves.settled();
  });

  const start = (text: string | null) => {
    const row = rows[pos.row];
    if (!row) return;
    const field = fieldAt(pos.col);
    const value = shown(row, field);
    const keepValue = text === null;
    setEditing({
      accountId: row.accountId,
      field,
      text: keepValue ? editText(field, value, language) : text,
      // Text is changed where it is (arrows move the caret); a number typed over is a new number.
      mode: keepValue || !isNumberField(field) ? 'change' : 'replace',
      error: null,
      before: storedAt(row, field),
    });
  };

  const target = (move: Move): CellPos | null => {
    const run = tabRun.current;
    const accountId = rows[pos.row]?.accountId;
    if (move === 'next' || move === 'previous') {
      if (accountId && run?.accountId !== accountId) tabRun.current = { accountId, col: pos.col };
    } else tabRun.current = null;
    if (move === 'downWrap' && run && run.accountId === accountId && pos.row < rows.length - 1)
      return { row: pos.row + 1, col: run.col };
    return moveFrom(pos, move, rows.length);
  };

  const moveTo = (move: Move): boolean => {
    const to = target(move);
    if (!to) return false;
    go(to);
    return true;
  };

  const undoOrRedo = (direction: 'undo' | 'redo') => {
    const cell = direction === 'undo' ? saves.undo() : saves.redo();
    const row = cell ? (indexOf.get(cell.accountId) ?? -1) : -1;
    if (cell && row >= 0) go({ row, col: colOf(cell.field) });
  };

  const onKeyDown = (e: TableEvent<KeyboardEvent>) => {
    if (e.nativeEvent.isComposing) return;
    const action = gridAction(e, editingRef.current?.mode ?? null);
    if (!action) return;
    // The grid's keys are its own: Ctrl+Z here is the grid's undo, not the app's trash undo.
    e.stopPropagation();
    switch (action.kind) {
      case 'move':
        // Tab past the last cell is not prevented: the keyboard leaves the grid.
        if (moveTo(action.move)) e.preventDefault();
        return;
      case 'commit':
        if (!commit()) return e.preventDefault();
        if (action.move !== null && moveTo(action.move)) return e.preventDefault();
        go(pos);
        if (action.move === null) e.preventDefault();
        return;
      case 'cancel': {
        e.preventDefault();
        const typed = editingRef.current;
        if (typed) saves.forget(typed.accountId, typed.field);
        setEditing(null);
        go(pos);
        return;
      }
      case 'edit':
        e.preventDefault();
        start(action.text);
        return;
      case 'clear': {
        e.preventDefault();
        const row = rows[pos.row];
        const field = fieldAt(pos.col);
        if (row) writeCell(row.accountId, field, isNumberField(field) ? null : '', storedAt(row, field));
        return;
      }
      case 'undo':
      case 'redo':
        e.preventDefault();
        undoOrRedo(action.kind);
        return;
    }
  };

  const onPaste = (e: TableEvent<ClipboardEvent>) => {
    // While a cell is edited, the paste goes into its text box.
    if (editingRef.current) return;
    e.preventDefault();
    const plan = planPaste(e.clipboardData.getData('text/plain'), rows, pos, language);
    if (!plan.ok) return saves.refusePaste(plan.refusal);
    const before: CellChange[] = plan.cells.map((c) => {
      const row = rows[indexOf.get(c.accountId) ?? -1];
      return { ...c, value: row ? storedAt(row, c.field) : null };
    });
    for (const c of plan.cells) saves.forget(c.accountId, c.field);
    saves.commit(plan.cells, before);
  };

  const onCopy = (e: TableEvent<ClipboardEvent>) => {
    if (editingRef.current) return;
    const row = rows[pos.row];
    if (!row) return;
    e.preventDefault();
    const field = fieldAt(pos.col);
    e.clipboardData.setData('text/plain', editText(field, shown(row, field), language));
  };

  const onMouseDown = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    const typed = editingRef.current;
    if (!at || (typed && at.row === pos.row && at.col === pos.col)) return;
    tabRun.current = null;
    // Clicking away keeps what was typed, unless it cannot be read: then the editor keeps the keyboard.
    if (!commit()) return e.preventDefault();
    const row = rows[at.row];
    if (row) setActive({ accountId: row.accountId, col: at.col, row: at.row });
  };

  const onDoubleClick = (e: TableEvent<MouseEvent>) => {
    const at = cellOf(e.target);
    if (at && at.row === pos.row && at.col === pos.col && !editingRef.current) start(null);
  };

  // Focus left the grid with a cell open: keep its value (a bad one stays open, flagged).
  const onEditBlur = () => {
    if (editingRef.current) commit();
  };

  const hintId = `${gridId}-hint`;
  const editError = editing?.error ? cellIssueText(t, editing.error, editing.field, editing.text) : null;
  return (
    <div className={styles.frame}>
      <div className={styles.status}>
        <span className={styles.summary}>{t('competitors.readings.summary', { count: rows.length })}</span>
        <span className={styles.saveState} data-state={saves.state} role="status">
          {saves.state === 'idle' ? '' : t(`competitors.readings.save.${saves.state}`)}
        </span>
      </div>
      <div role="alert" className={styles.problemSlot}>
        {saves.problem && (
          <p className={styles.problem}>
            <span>{problemText(t, language, saves.problem, rows)}</span>
            <Button variant="ghost" size="small" onClick={saves.dismissProblem}>
              {t('competitors.readings.dismiss')}
            </Button>
          </p>
        )}
      </div>
      <div className={styles.scroll}>
        <table
          ref={tableRef}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an ARIA grid (APG pattern) keeps the table's rows and headers for assistive tech
          role="grid"
          className={styles.table}
          aria-label={label}
          aria-describedby={hintId}
          aria-rowcount={rows.length + 1}
          aria-colcount={COLUMNS.length + 1}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          onCopy={onCopy}
          onMouseDown={onMouseDown}
          onDoubleClick={onDoubleClick}
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
                  Object.fromEntries(COLUMNS.map((f) => [f, shown(row, f)])) as Record<
                    ReadingField,
                    CellValue
                  >
                }
                refused={(field) => saves.refused(row.accountId, field)}
                editing={editing?.accountId === row.accountId ? { ...editing, message: editError } : null}
                gridId={gridId}
                onEditChange={(text) => {
                  const typed = editingRef.current;
                  if (typed) setEditing({ ...typed, text, error: null });
                }}
                onEditBlur={onEditBlur}
              />
            ))}
          </tbody>
        </table>
      </div>
      <p id={hintId} className={styles.hint}>
        {t('competitors.readings.keys')}
      </p>
    </div>
  );
}
