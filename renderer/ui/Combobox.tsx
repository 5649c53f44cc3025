import { Popover } from 'radix-ui';
import { type ReactNode, type RefObject, useId } from 'react';
import styles from './Combobox.module.css';

/**
 * The ARIA combobox pattern, shared by every hand-built combobox (tags, time zones): the input
 * keeps the keyboard and points at the active option with aria-activedescendant; the list is a
 * popover that is never focused. Each combobox keeps its own keys; these are what they share.
 */
export function useComboboxIds() {
  const listId = useId();
  return { listId, optionId: (i: number) => `${listId}-${i}` };
}

/** The input's combobox attributes; `activeId` is the option the arrows are on, if any. */
export function comboboxInputProps({
  listId,
  expanded,
  activeId,
}: {
  listId: string;
  expanded: boolean;
  activeId: string | undefined;
}) {
  return {
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-controls': listId,
    'aria-autocomplete': 'list',
    'aria-activedescendant': activeId,
    autoComplete: 'off',
  } as const;
}

/** The next active option after an arrow key, kept between `first` (-1: none) and the last. */
export const stepActive = (i: number, key: 'ArrowDown' | 'ArrowUp', first: number, count: number) =>
  Math.min(Math.max(i + (key === 'ArrowDown' ? 1 : -1), first), count - 1);

/** The popover that holds the list, under the anchored input, which keeps the keyboard. */
export function ComboboxPopover({
  inputRef,
  className,
  children,
}: {
  inputRef: RefObject<HTMLInputElement | null>;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Popover.Portal>
      <Popover.Content
        className={className ? `${styles.popover} ${className}` : styles.popover}
        align="start"
        sideOffset={4}
        // The input keeps the keyboard: the list is only pointed at, never focused.
        onOpenAutoFocus={(e) => e.preventDefault()}
        onCloseAutoFocus={(e) => e.preventDefault()}
        onInteractOutside={(e) => {
          if (e.target instanceof Node && inputRef.current?.contains(e.target)) e.preventDefault();
        }}
      >
        {children}
      </Popover.Content>
    </Popover.Portal>
  );
}

export interface ComboboxListboxProps<T> {
  listId: string;
  optionId: (i: number) => string;
  /** The list's accessible name. */
  label: string;
  className?: string;
  optionClassName?: string;
  options: readonly T[];
  optionKey: (option: T) => string;
  active: number;
  onActive: (i: number) => void;
  onPick: (option: T) => void;
  children: (option: T) => ReactNode;
}

/** The options, picked with a click (the pointer moves the active one; the input keeps focus). */
export function ComboboxListbox<T>({
  listId,
  optionId,
  label,
  className,
  optionClassName,
  options,
  optionKey,
  active,
  onActive,
  onPick,
  children,
}: ComboboxListboxProps<T>) {
  return (
    <div id={listId} role="listbox" className={className} aria-label={label}>
      {options.map((option, i) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the input (aria-activedescendant)
        <div
          key={optionKey(option)}
          id={optionId(i)}
          role="option"
          tabIndex={-1}
          aria-selected={i === active}
          className={optionClassName ? `${styles.option} ${optionClassName}` : styles.option}
          onMouseDown={(e) => e.preventDefault()}
          onMouseMove={() => onActive(i)}
          onClick={() => onPick(option)}
        >
          {children(option)}
        </div>
      ))}
    </div>
  );
}
