import type { ReactNode } from 'react';
import { buttonClass } from './Button.tsx';
import { DeferredMenu } from './DeferredMenu.tsx';
import menu from './Menu.module.css';

export interface ActionItem<T extends string> {
  value: T;
  label: ReactNode;
}

/**
 * A button opening a list of things to do, such as "More ▾" (a DeferredMenu, like CheckMenu). With `keepFocusAway` the menu does
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
    <DeferredMenu
      trigger={{
        className: buttonClass(),
        children: (
          <>
            {label}
            <span aria-hidden="true"> ▾</span>
          </>
        ),
      }}
      content={(M) => (
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
      )}
    />
  );
}
