import { utcToZoned } from '../../../shared/calendar/zoned.ts';
import type { NumberImportPreviewResult, PreviewRow } from '../../../shared/domain/number-import.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import inputs from '../../ui/inputs.module.css';
import { tableStyles as ts } from '../../ui/table.ts';
import { cellProblem, numbersText } from './import-words.ts';
import styles from './NumbersImport.module.css';

export interface ImportRowsTableProps {
  preview: NumberImportPreviewResult;
  /** The client's zone: times are shown on the client's clock, as the calendar shows them. */
  timeZone: string;
  skipped: ReadonlySet<number>;
  onSkip: (line: number, skip: boolean) => void;
  /** For each ambiguous line: the post chosen, null for a new one; absent until chosen. */
  chosen: ReadonlyMap<number, string | null>;
  onChoose: (line: number, postId: string | null) => void;
}

/** Each row as the commit will write it: where it goes in Calepin, its numbers, what to check. */
export function ImportRowsTable(props: ImportRowsTableProps) {
  const { preview, skipped, onSkip, chosen, onChoose, timeZone } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const when = (instant: string) => {
    const local = utcToZoned(instant, timeZone);
    return `${formatLongDay(local.date, language)}, ${local.time}`;
  };
  const leftOut = (row: PreviewRow) => row.notes.some((n) => n !== 'unchanged');

  const where = (row: PreviewRow) => {
    const { match } = row;
    if (match.kind === 'post') {
      const by = ({ id: 'byId', link: 'byLink', timeAndCaption: 'byTimeAndCaption' } as const)[match.by];
      return (
        <>
          <span>{row.posts[0]?.caption || t('numbersImport.match.post')}</span>
          <span className={styles.muted}>{t(`numbersImport.match.${by}`)}</span>
        </>
      );
    }
    if (match.kind === 'new') return <span>{t('numbersImport.match.new')}</span>;
    if (match.kind === 'unplaced') return <span>{t('numbersImport.match.unplaced')}</span>;
    if (match.kind === 'day') return <span>{t('numbersImport.match.day')}</span>;
    const value = chosen.get(row.line);
    return (
      <select
        className={inputs.select}
        aria-label={t('numbersImport.match.choose', { line: row.line })}
        value={value === undefined ? '' : (value ?? 'new')}
        onChange={(e) => onChoose(row.line, e.target.value === 'new' ? null : e.target.value)}
      >
        <option value="" disabled>
          {t('numbersImport.match.chooseFirst')}
        </option>
        {row.posts.map((post) => (
          <option key={post.id} value={post.id}>
            {when(post.plannedAt)} · {post.caption.slice(0, 60)}
          </option>
        ))}
        <option value="new">{t('numbersImport.match.newOption')}</option>
      </select>
    );
  };

  return (
    <div className={`${ts.wrap} ${styles.rows}`}>
      <table className={ts.table}>
        <thead>
          <tr>
            <th scope="col">{t('numbersImport.columns.skip')}</th>
            <th scope="col">{t('numbersImport.columns.line')}</th>
            <th scope="col">{t('numbersImport.columns.when')}</th>
            <th scope="col">{t('numbersImport.columns.caption')}</th>
            <th scope="col">{t('numbersImport.columns.match')}</th>
            <th scope="col">{t('numbersImport.columns.numbers')}</th>
            <th scope="col">{t('numbersImport.columns.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line} data-invalid={row.problems.length > 0 || leftOut(row) || undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('numbersImport.skipLine', { line: row.line })}
                  checked={skipped.has(row.line) || leftOut(row)}
                  disabled={leftOut(row)}
                  onChange={(e) => onSkip(row.line, e.target.checked)}
                />
              </td>
              <td className={ts.num}>{row.line}</td>
              <td className={ts.nowrap}>
                {row.publishedAt
                  ? when(row.publishedAt)
                  : preview.kind === 'daily'
                    ? formatLongDay(row.takenOn, language)
                    : ''}
              </td>
              <td className={styles.caption}>{row.caption}</td>
              <td>
                <div className={styles.where}>{where(row)}</div>
              </td>
              <td>{numbersText(row, preview.columns, language)}</td>
              <td className={styles.problems}>
                {row.problems.map((p) => (
                  <div key={`${p.code}-${p.column}`}>{cellProblem(t, p, preview.columns)}</div>
                ))}
                {row.notes.map((note) => (
                  <div key={note}>{t(`numbersImport.notes.${note}`)}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
