import type { KeyboardEvent } from 'react';
import { SENTIMENTS, type Sentiment } from '../../../shared/domain/mention.ts';
import { useTranslation } from '../../i18n/context.tsx';
import styles from './Listening.module.css';
import { SENTIMENT_MARK, sentimentForKey } from './sentiment-keys.ts';

/**
 * Three radios drawn as buttons, one key each: right after the text in the tab order, so a mention
 * is typed, then Tab, then + or −, then Ctrl+Enter. Arrows move between them as in any radio group.
 */
export function SentimentPicker({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Sentiment;
  onChange: (value: Sentiment) => void;
}) {
  const { t } = useTranslation();
  const onKeyDown = (e: KeyboardEvent<HTMLFieldSetElement>) => {
    const chosen = sentimentForKey(e.key);
    if (!chosen) return;
    e.preventDefault();
    onChange(chosen);
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${chosen}"]`)?.focus();
  };
  return (
    <fieldset className={styles.sentiments} aria-describedby={`${id}-keys`} onKeyDown={onKeyDown}>
      <legend className={styles.label}>{t('listening.form.sentiment')}</legend>
      <div className={styles.sentimentChoices}>
        {SENTIMENTS.map((s) => (
          <label key={s} className={styles.sentiment} data-sentiment={s}>
            <input
              type="radio"
              name={id}
              value={s}
              checked={value === s}
              className={styles.radio}
              onChange={() => onChange(s)}
            />
            <span aria-hidden="true" className={styles.mark}>
              {SENTIMENT_MARK[s]}
            </span>
            {t(`listening.sentiments.${s}`)}
          </label>
        ))}
      </div>
      <span id={`${id}-keys`} className="visually-hidden">
        {t('listening.form.sentimentKeys')}
      </span>
    </fieldset>
  );
}
