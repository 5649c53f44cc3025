import { type InputHTMLAttributes, type KeyboardEvent, type Ref, useEffect, useRef, useState } from 'react';
import type { TypedCodec } from './date-time-text.ts';
import styles from './TypedInput.module.css';

export type TypedInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'min' | 'max'
> & {
  id: string;
  /** The stored value (ISO date or `HH:MM`), or ''. */
  value: string;
  /**
   * Called with a complete, valid value; with '' when the field is emptied or left with text it
   * cannot read (so no earlier value is saved in its place); never with half-typed text. The
   * owner checks bounds (a day in the future…) with its own words; a value it does not take is
   * shown again.
   */
  onChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A text field for a date or a time in the app's language, with arrow-key stepping and a
 * translated message for what it cannot read. What it expects and which keys step are read out
 * with the field; the message shows once the user leaves the field or presses Enter.
 */
export function TypedInput({
  codec,
  help,
  badMessage,
  value,
  onChange,
  ref,
  id,
  onKeyDown,
  onBlur,
  ...rest
}: TypedInputProps & {
  codec: TypedCodec;
  help: string;
  badMessage: string;
}) {
  const [text, setText] = useState(() => codec.show(value));
  const [unreadable, setUnreadable] = useState(false);
  // Bumped on each value handed over, so one the owner refuses is replaced by its own again.
  const [handed, setHanded] = useState(0);
  const typed = useRef(text);
  typed.current = text;

  // A value changed from outside (Alt+arrows, a reset) or refused by the owner replaces what is shown.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `handed` is the signal to look again.
  useEffect(() => {
    const shown = codec.readLoose(typed.current);
    // Text it cannot read stays for the user to fix, though the owner was told ''.
    if (shown !== value && !(shown === null && value === '')) setText(codec.show(value));
  }, [value, codec, handed]);

  const hand = (v: string) => {
    setUnreadable(false);
    if (v !== value) onChange(v);
    setHanded((n) => n + 1);
  };

  /** Leaving the field or Enter: shorter forms read too, and what cannot be read is said. */
  const settle = () => {
    const read = text.trim() === '' ? '' : codec.readLoose(text);
    if (read === null) {
      setUnreadable(true);
      if (value !== '') onChange('');
      return;
    }
    setText(codec.show(read));
    hand(read);
  };

  const keyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const from = codec.readLoose(text) ?? value;
    const next = e.altKey || e.ctrlKey || e.metaKey ? null : codec.step(from, e.key);
    if (next !== null) {
      e.preventDefault();
      setText(codec.show(next));
      hand(next);
    } else if (e.key === 'Enter') settle();
    onKeyDown?.(e);
  };

  const message = unreadable ? badMessage : null;
  const describedBy = [rest['aria-describedby'], `${id}-help`, message && `${id}-problem`]
    .filter(Boolean)
    .join(' ');

  return (
    <span className={styles.wrap}>
      <input
        {...rest}
        ref={ref}
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={codec.pattern}
        value={text}
        aria-invalid={rest['aria-invalid'] || (message ? true : undefined)}
        aria-describedby={describedBy}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === '') return;
          const read = codec.readStrict(e.target.value);
          if (read !== null) hand(read);
        }}
        onKeyDown={keyDown}
        onBlur={(e) => {
          settle();
          onBlur?.(e);
        }}
      />
      <span id={`${id}-help`} className="visually-hidden" aria-hidden="true">
        {help}
      </span>
      {message && (
        <span id={`${id}-problem`} className={styles.problem} role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
