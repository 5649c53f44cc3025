import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './CalendarPage.module.css';

/** Typing is kept here and sent on a short pause: each search is a query and a saved preference. */
const SEARCH_DELAY_MS = 250;

export function SearchField({
  value,
  onSearch,
  inputRef,
}: {
  value: string;
  onSearch: (text: string) => void;
  inputRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onSearch);
  latest.current = onSearch;

  // "Clear filters" or another client's calendar brings a new value from outside.
  useEffect(() => {
    if (!timer.current) setText(value);
  }, [value]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <input
      ref={inputRef}
      type="search"
      className={`${inputs.input} ${styles.search}`}
      placeholder={t('calendar.filters.search')}
      aria-label={t('calendar.filters.search')}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = null;
          latest.current(next);
        }, SEARCH_DELAY_MS);
      }}
      onKeyDown={(e) => {
        // Escape leaves the field; the calendar's keys work again.
        // (Chromium would also empty a search field on Escape: the search stays.)
        if (e.key === 'Escape') {
          e.preventDefault();
          e.currentTarget.blur();
        }
      }}
    />
  );
}
