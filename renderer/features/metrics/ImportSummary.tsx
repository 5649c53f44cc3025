import { useId } from 'react';
import { addDays, isIsoDate } from '../../../shared/calendar/dates.ts';
import type { Channel } from '../../../shared/domain/channel.ts';
import type { NumberImportPreviewResult } from '../../../shared/domain/number-import.ts';
import { networkName } from '../../common/format/network-name.ts';
import { useTranslation } from '../../i18n/context.tsx';
import { formatLongDay, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DateInput } from '../../ui/DateInput.tsx';
import inputs from '../../ui/inputs.module.css';
import { formatLabel } from './import-words.ts';
import styles from './NumbersImport.module.css';

export interface ImportSummaryProps {
  preview: NumberImportPreviewResult;
  channels: readonly Channel[];
  today: string;
  onChannel: (channelId: string) => void;
  onAsOf: (day: string) => void;
  /** A follows series with no count to start from: the count the user types. */
  known: string;
  onKnown: (text: string) => void;
  /** Why the count typed cannot be read ("not a whole number"), in the user's words. */
  knownError: string | undefined;
}

const COUNT_LINES = ['matched', 'created', 'ambiguous', 'unplaced', 'unchanged', 'withProblems'] as const;

/** What the file is, for which channel and day, and what the import will do, in counts. */
export function ImportSummary(props: ImportSummaryProps) {
  const { preview, channels } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const followers = preview.followers;
  // A file of one network goes to one of its channels: the others are not offered.
  const choices = preview.channelChoices
    .map((cid) => channels.find((c) => c.id === cid))
    .filter(
      (c): c is Channel => c !== undefined && (preview.network === null || c.network === preview.network),
    );
  return (
    <div className={styles.form}>
      <p role="status">
        <strong>{formatLabel(t, preview)}</strong> · {t('numbersImport.rows', { count: preview.counts.rows })}
        {preview.part && <> · {t('numbersImport.part', { part: preview.part })}</>}
        {preview.mappingSaved && <> · {t('numbersImport.mappingSaved')}</>}
      </p>
      <div className={styles.summary}>
        <label htmlFor={`${id}-channel`}>
          {t('numbersImport.channel')}{' '}
          <select
            id={`${id}-channel`}
            className={inputs.select}
            value={preview.channelId ?? ''}
            aria-describedby={`${id}-channel-hint`}
            onChange={(e) => props.onChannel(e.target.value)}
          >
            {preview.channelId === null && (
              <option value="" disabled>
                {t('numbersImport.chooseChannel')}
              </option>
            )}
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.handle} · {networkName(t, c.network)}
              </option>
            ))}
          </select>
        </label>
        {preview.kind === 'posts' && (
          <span>
            <label htmlFor={`${id}-asof`}>{t('numbersImport.asOf')}</label>{' '}
            <DateInput
              id={`${id}-asof`}
              className={inputs.input}
              value={preview.asOf}
              aria-describedby={`${id}-asof-hint`}
              onChange={(day) => {
                if (isIsoDate(day) && day <= props.today && day !== preview.asOf) props.onAsOf(day);
              }}
            />
          </span>
        )}
      </div>
      <p id={`${id}-channel-hint`} className={styles.hint}>
        {t('numbersImport.channelHint')}
        {preview.kind === 'posts' && <span id={`${id}-asof-hint`}> {t('numbersImport.asOfHint')}</span>}
      </p>
      {preview.kind === 'daily' && !followers && (
        <p className={styles.problems}>
          {preview.series?.title
            ? t('numbersImport.notStored', { title: preview.series.title })
            : t('numbersImport.notStoredUntitled')}
        </p>
      )}
      {followers && (
        <div>
          <strong>{t('numbersImport.follows.title')}</strong>
          {followers.from ? (
            <p>
              {t('numbersImport.follows.known', {
                count: formatNumber(followers.from.count, language),
                date: formatLongDay(followers.from.on, language),
              })}
            </p>
          ) : (
            <>
              <p>
                {t('numbersImport.follows.unknown', {
                  date: formatLongDay(addDays(followers.firstDay, -1), language),
                })}
              </p>
              <label>
                {t('numbersImport.follows.count', {
                  date: formatLongDay(addDays(followers.firstDay, -1), language),
                })}{' '}
                <input
                  className={inputs.input}
                  inputMode="numeric"
                  value={props.known}
                  aria-invalid={props.knownError ? true : undefined}
                  aria-describedby={props.knownError ? `${id}-known-error` : undefined}
                  onChange={(e) => props.onKnown(e.target.value)}
                />
              </label>
              {props.knownError && (
                <p id={`${id}-known-error`} className={styles.problems}>
                  {props.knownError}
                </p>
              )}
            </>
          )}
        </div>
      )}
      {preview.channelId && preview.kind === 'posts' && (
        <ul className={styles.counts}>
          {COUNT_LINES.filter((k) => preview.counts[k] > 0).map((k) => (
            <li key={k}>
              {t(`numbersImport.counts.${k}`, {
                count: preview.counts[k],
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
