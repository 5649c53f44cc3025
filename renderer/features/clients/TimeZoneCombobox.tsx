import { Popover } from 'radix-ui';
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const zones = useMemo(allTimeZones, []);
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = useMemo(() => zones.filter((z) => zoneMatches(z, query ?? '')), [zones, query]);
  const optionId = (i: number) => `${listId}-${i}`;

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
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), matches.length - 1));
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
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={open && matches.length > 0 ? optionId(active) : undefined}
          autoComplete="off"
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
      <Popover.Portal>
        <Popover.Content
          className={styles.popover}
          align="start"
          sideOffset={4}
          // The input keeps the keyboard: the list is only pointed at, never focused.
          onOpenAutoFocus={(e) => e.preventDefault()}
          onCloseAutoFocus={(e) => e.preventDefault()}
          onInteractOutside={(e) => {
            if (e.target instanceof Node && inputRef.current?.contains(e.target)) e.preventDefault();
          }}
        >
          {matches.length === 0 ? (
            <div className={styles.none}>{t('clients.form.timeZoneNone', { query })}</div>
          ) : (
            <div id={listId} role="listbox" className={styles.list} aria-label={t('clients.form.timeZone')}>
              {matches.map((zone, i) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the input (aria-activedescendant)
                <div
                  key={zone}
                  id={optionId(i)}
                  role="option"
                  tabIndex={-1}
                  aria-selected={i === active}
                  className={styles.option}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(i)}
                  onClick={() => pick(zone)}
                >
                  <span>{zoneLabel(zone)}</span>
                  <span className={styles.offset}>{zoneOffset(zone)}</span>
                </div>
              ))}
            </div>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
