import { DropdownMenu as M } from 'radix-ui';
import type { ReactNode } from 'react';
import { buttonClass } from './Button.tsx';
import menu from './Menu.module.css';

export interface ActionItem<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * A button opening a list of things to do, such as "More ▾". Non-modal for the same reason as
 * CheckMenu (the strict CSP refuses the scroll lock's <style>). With `keepFocusAway` the menu does
 * not hand the focus back to its button once closed, so the screen's own keys work at once.
 */
export function ActionMenu<T extends string>({
  label,
  items,
  onSelect,
  keepFocusAway = false,
}: {
  label: string;
  items: readonly ActionItem<T>[];
  onSelect: (value: T) => void;
  keepFocusAway?: boolean;
}) {
  return (
    <M.Root modal={false}>
      <M.Trigger className={buttonClass()}>
        {label}
        <span aria-hidden="true"> ▾</span>
      </M.Trigger>
      <M.Portal>
        <M.Content
          className={menu.menu}
          align="end"
          sideOffset={4}
          onCloseAutoFocus={keepFocusAway ? (event) => event.preventDefault() : undefined}
        >
          {items.map((item) => (
            <M.Item key={item.value} className={menu.item} onSelect={() => onSelect(item.value)}>
              {item.label}
            </M.Item>
          ))}
        </M.Content>
      </M.Portal>
    </M.Root>
  );
}
