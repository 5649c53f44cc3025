import {
  type ComponentProps,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import { type MenuKit, menuCode } from './menu-code.ts';

/** What Radix's trigger opens on: a primary press, and Enter, Space or Arrow down. */
const OPENING_KEYS = new Set(['Enter', ' ', 'ArrowDown']);

/**
 * A drop-down menu (non-modal: the modal variant locks scrolling with an injected <style> tag, which
 * the strict CSP refuses) whose code may come after the first screen. Until it has, its button is
 * drawn as Radix draws it, closed; a press on it fetches the code and opens the menu as soon as it
 * comes, and a button that had the focus keeps it.
 */
export function DeferredMenu({
  trigger,
  content,
}: {
  /** The button's attributes and text (Radix's `DropdownMenu.Trigger`). */
  trigger: ComponentProps<'button'> & { 'data-active'?: boolean };
  /** The menu itself, from `Portal` down, with the kit's parts. */
  content: (M: MenuKit) => ReactNode;
}) {
  const M = menuCode.use();
  const [asked, setAsked] = useState(false);
  const focused = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (M && focused.current) button.current?.focus();
  }, [M]);

  if (M)
    return (
      <M.Root modal={false} defaultOpen={asked}>
        <M.Trigger ref={button} {...trigger} />
        {content(M)}
      </M.Root>
    );
  const ask = () => {
    setAsked(true);
    void menuCode.load();
  };
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      {...trigger}
      onFocus={() => {
        focused.current = true;
      }}
      onBlur={(event) => {
        // A blur as the code's button replaces this one is not the user's: the focus moves over.
        if (event.currentTarget.isConnected) focused.current = false;
      }}
      onPointerDown={(event: PointerEvent) => {
        if (event.button === 0 && !event.ctrlKey) ask();
      }}
      onKeyDown={(event: KeyboardEvent) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault();
        ask();
      }}
    />
  );
}
