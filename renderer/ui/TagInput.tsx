import { Popover } from 'radix-ui';
import { type KeyboardEvent, useRef, useState } from 'react';
import { TAG_MAX } from '../../shared/domain/tags.ts';
import { useTranslation } from '../i18n/context.tsx';
import {
  ComboboxListbox,
  ComboboxPopover,
  comboboxInputProps,
  stepActive,
  useComboboxIds,
} from './Combobox.tsx';
import { Field } from './Field.tsx';
import styles from './TagInput.module.css';
import { addTag, suggestTags } from './tag-list.ts';

export interface TagInputProps {
  id: string;
  label: string;
  hint: string;
  tags: readonly string[];
  /** The client's tags so far, offered as the user types. */
  known: readonly string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/**
 * Tags typed one after the other (ARIA combobox): Enter or a comma adds the text, Backspace in an
 * empty box takes the last tag back, arrows pick among the client's existing tags.
 */
export function TagInput({ id, label, hint, tags, known, onChange, error }: TagInputProps) {
  const { t } = useTranslation();
  const { listId, optionId } = useComboboxIds();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = open ? suggestTags(known, tags, text).slice(0, 8) : [];

  const add = (typed: string) => {
    onChange(addTag(tags, typed, known));
    setText('');
    setActive(-1);
  };
  const remove = (tag: string) => {
    onChange(tags.filter((x) => x !== tag));
    inputRef.current?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const key = e.key;
      setActive((i) => stepActive(i, key, -1, suggestions.length));
    } else if (e.key === 'Enter') {
      // Enter never submits the whole form from here: it adds the tag being typed.
      e.preventDefault();
      const picked = suggestions[active];
      if (picked !== undefined) add(picked);
      else if (text.trim() !== '') add(text);
    } else if (e.key === 'Backspace' && text === '' && tags.length > 0) {
      e.preventDefault();
      onChange(tags.slice(0, -1));
    }
  };

  const describedBy = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Popover.Root open={open && suggestions.length > 0} onOpenChange={setOpen}>
        <Popover.Anchor asChild>
          <div className={styles.box} data-invalid={error ? true : undefined}>
            {tags.length > 0 && (
              <ul className={styles.tags} aria-label={t('tags.chosen', { field: label })}>
                {tags.map((tag) => (
                  <li key={tag} className={styles.tag}>
                    {tag}
                    <button
                      type="button"
                      className={styles.remove}
                      aria-label={t('tags.remove', { tag })}
                      onClick={() => remove(tag)}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <input
              ref={inputRef}
              id={id}
              className={styles.input}
              {...comboboxInputProps({
                listId,
                expanded: open && suggestions.length > 0,
                activeId: active >= 0 && suggestions[active] ? optionId(active) : undefined,
              })}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              maxLength={TAG_MAX}
              value={text}
              placeholder={tags.length === 0 ? t('tags.placeholder') : undefined}
              onChange={(e) => {
                const parts = e.target.value.split(',');
                const rest = parts.pop() ?? '';
                // A comma ends a tag, typed or pasted ("yoga, running, vélo").
                if (parts.length > 0) {
                  let next = [...tags];
                  for (const part of parts) next = addTag(next, part, known);
                  onChange(next);
                }
                setText(rest);
                setActive(-1);
                setOpen(true);
              }}
              onFocus={() => setOpen(true)}
              onBlur={() => setOpen(false)}
              onKeyDown={onKeyDown}
            />
          </div>
        </Popover.Anchor>
        <ComboboxPopover inputRef={inputRef} className={styles.popover}>
          <ComboboxListbox
            listId={listId}
            optionId={optionId}
            label={t('tags.suggestions')}
            options={suggestions}
            optionKey={(tag) => tag}
            active={active}
            onActive={setActive}
            onPick={add}
          >
            {(tag) => tag}
          </ComboboxListbox>
        </ComboboxPopover>
      </Popover.Root>
    </Field>
  );
}
