import type { CompetitorReadingRow, ReadingField } from '../../../shared/domain/competitor-readings.ts';
import { CellEditor } from '../../common/grid/CellEditor.tsx';
import { NetworkBadge } from '../../common/widgets/NetworkBadge.tsx';
import { useTranslation } from '../../i18n/context.tsx';
import { issueMessage } from '../../i18n/errors.ts';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ColorDot } from '../../ui/Badge.tsx';
import styles from './ReadingsGrid.module.css';
import type { Editing } from './ReadingsGrid.tsx';
import {
  type CellValue,
  COLUMNS,
  followerWarning,
  isBlank,
  isNumberField,
  readingValue,
  shownValue,
} from './readings-model.ts';
import { shortDay } from './readings-words.ts';
import type { RefusedCell } from './use-readings-saves.ts';

export interface ReadingRowProps {
  row: CompetitorReadingRow;
  index: number;
  /** The grid's one tabbable cell, when it is on this row; -1 otherwise. */
  activeCol: number;
  values: Record<ReadingField, CellValue>;
  refused: (field: ReadingField) => RefusedCell | undefined;
  /** The cell being edited, when it is on this row, with the translated refusal of what was typed. */
  editing: (Editing & { message: string | null }) | null;
  gridId: string;
  onEditChange: (text: string) => void;
  onEditBlur: () => void;
}

/** One watched account: whose it is, then its reading of the day, the previous one faint beside it. */
export function ReadingRow(props: ReadingRowProps) {
  const { row, index, activeCol, values, editing, gridId } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const previous = row.previous;
  const id = (what: string) => `${gridId}-${index}-${what}`;
  const warning = followerWarning(previous, values.followers);
  const account = `${row.competitorName} ${row.handle}`;
  return (
    <tr aria-rowindex={index + 2} data-editing={editing ? true : undefined}>
      <th scope="row" className={styles.account} aria-colindex={1}>
        <span className={styles.who}>
          <ColorDot color={row.color} />
          <span className={styles.name}>{row.competitorName}</span>
        </span>
        <span className={styles.where}>
          <NetworkBadge network={row.network} />
          <span className={styles.handle}>{row.handle}</span>
        </span>
        <span className={styles.last}>
          {previous
            ? t('competitors.readings.previousOn', { date: shortDay(previous.takenOn, language) })
            : t('competitors.readings.firstReading')}
        </span>
      </th>
      {COLUMNS.map((field, col) => {
        const value = values[field];
        const numeric = isNumberField(field);
        const before = readingValue(previous, field);
        const refused = props.refused(field);
        const isEditing = editing !== null && editing.col === col;
        const cellWarning = field === 'followers' && warning ? warning : null;
        const warningText = cellWarning
          ? t(`competitors.readings.warnings.${cellWarning}`, {
              previous: shownValue('followers', before, language),
              date: previous ? formatLongDay(previous.takenOn, language) : '',
            })
          : null;
        const refusedText = refused?.issue ? issueMessage(t, refused.issue) : null;
        const note = refusedText ?? warningText;
        return (
          <td
            key={field}
            className={numeric ? styles.number : styles.text}
            aria-colindex={col + 2}
            data-row={index}
            data-col={col}
            tabIndex={activeCol === col ? 0 : -1}
            data-editing={isEditing || undefined}
            data-warning={cellWarning ? true : undefined}
            data-invalid={refused ? true : undefined}
            aria-invalid={refused ? true : undefined}
            aria-describedby={note ? id(`${field}-note`) : undefined}
            title={note ?? (typeof value === 'string' && value.length > 24 ? value : undefined)}
          >
            {isEditing ? (
              <CellEditor
                text={editing.text}
                label={t('competitors.readings.cellLabel', {
                  column: t(`competitors.readings.columns.${field}`),
                  account,
                })}
                numeric={numeric}
                error={editing.message}
                errorId={id('error')}
                onChange={props.onEditChange}
                onBlur={props.onEditBlur}
              />
            ) : (
              <>
                {numeric && !isBlank(before) && (
                  <span className={styles.previous} aria-hidden="true">
                    {shownValue(field, before, language)}
                  </span>
                )}
                {(cellWarning || refused) && (
                  <span className={styles.warnIcon} aria-hidden="true">
                    ⚠
                  </span>
                )}
                <span className={styles.value}>{shownValue(field, value, language)}</span>
                {field === 'standoutUrl' && typeof value === 'string' && value !== '' && !refused && (
                  <a
                    className={styles.open}
                    href={value}
                    target="_blank"
                    rel="noreferrer"
                    tabIndex={-1}
                    aria-label={t('competitors.readings.openLink')}
                  >
                    ↗
                  </a>
                )}
                {numeric && !isBlank(before) && (
                  <span className="visually-hidden">
                    {t('competitors.readings.previousValue', { value: shownValue(field, before, language) })}
                  </span>
                )}
                {note && (
                  <span id={id(`${field}-note`)} className="visually-hidden">
                    {note}
                  </span>
                )}
              </>
            )}
          </td>
        );
      })}
    </tr>
  );
}
