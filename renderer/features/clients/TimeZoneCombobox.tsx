import { Popover } from 'radix-ui';
import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/context.tsx';
import {
  ComboboxListbox,
  ComboboxPopover,
  comboboxInputProps,
  stepActive,
  useComboboxIds,
} from '../../ui/Combobox.tsx';
import inputs from '../../ui/inputs.module.css';
import styles from './TimeZoneCombobox.module.css';
import { allTimeZones, zoneLabel, zoneMatches, zoneOffset } from './time-zones.ts';

export interface TimeZoneComboboxProps {
  value: string;
  onChange: (zone: string) => void;
  /** id, aria-invalid and aria-describedby from the surrounding Field. */
  controlProps: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };
}

/** A searchable list of IANA zones (ARIA combobox pattern): type to filter, arrows to move, Enter to pick. */
export function TimeZoneCombobox({ value, onChange, controlProps }: TimeZoneComboboxProps) {
  const { t } = useTranslation();
  const { listId, optionId } = useComboboxIds();
  const inputRef = useRef<HTMLInputElement>(null);
  const zones = useMemo(allTimeZones, []);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => zones.filter((z) => zoneMatches(z, query ?? '')), [zones, query]);

  const openList = () => {
    setOpen(true);
    // Start on the current zone when just browsing, on the best match when searching.
    setActive(query === null ? Math.max(0, zones.indexOf(value)) : 0);
  };
  const pick = (zone: string | undefined) => {
    if (zone) onChange(zone);
    setQuery(null);
    setOpen(false);
  };

  useEffect(() => {
    if (open) document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return openList();
      const key = e.key;
      setActive((i) => stepActive(i, key, 0, matches.length));
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      pick(matches[active]);
    } else if (e.key === 'Escape' && open) {
      setQuery(null);
    }
  };

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Anchor asChild>
        <input
          {...controlProps}
          ref={inputRef}
          className={inputs.input}
          {...comboboxInputProps({
            listId,
            expanded: open,
            activeId: open && matches.length > 0 ? optionId(active) : undefined,
          })}
          spellCheck={false}
          placeholder={t('clients.form.timeZoneSearch')}
          value={query ?? zoneLabel(value)}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          // Selected on focus and on click (a click's caret would undo the focus selection), so
          // typing "Paris" replaces the zone shown instead of appending to it.
          onFocus={(e) => e.currentTarget.select()}
          onClick={(e) => {
            if (query === null) e.currentTarget.select();
            if (!open) openList();
          }}
          onBlur={() => pick(undefined)}
          onKeyDown={onKeyDown}
        />
      </Popover.Anchor>
      <ComboboxPopover inputRef={inputRef} className={styles.popover}>
        {matches.length === 0 ? (
          <div className={styles.none}>{t('clients.form.timeZoneNone', { query })}</div>
        ) : (
          <ComboboxListbox
            listId={listId}
            optionId={optionId}
            label={t('clients.form.timeZone')}
            className={styles.list}
            optionClassName={styles.option}
            options={matches}
            optionKey={(zone) => zone}
            active={active}
            onActive={setActive}
            onPick={pick}
          >
            {(zone) => (
              <>
                <span>{zoneLabel(zone)}</span>
                <span className={styles.offset}>{zoneOffset(zone)}</span>
              </>
            )}
          </ComboboxListbox>
        )}
      </ComboboxPopover>
    </Popover.Root>
  );
}
