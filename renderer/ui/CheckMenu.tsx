import type { ReactNode } from 'react';
import { buttonClass } from './Button.tsx';
import { DeferredMenu } from './DeferredMenu.tsx';
import menu from './Menu.module.css';

export interface CheckOption {
  value: string;
  label: ReactNode;
}

export interface CheckMenuProps {
  /** The button's text; the count of ticked options is added to it. */
  label: string;
  options: readonly CheckOption[];
  checked: readonly string[];
  onChange: (checked: string[]) => void;
  /** Kept open while ticking several options. */
  footer?: ReactNode;
}

/**
 * A button opening a list of options to tick, such as "Status (2)" (a DeferredMenu: non-modal, its
 * code may come after the first screen).
 */
export function CheckMenu({ label, options, checked, onChange, footer }: CheckMenuProps) {
  const active = checked.length > 0;
  return (
    <DeferredMenu
      trigger={{
        className: buttonClass(active ? 'default' : 'ghost', 'small'),
        'data-active': active || undefined,
        children: (
          <>
            {active ? `${label} (${checked.length})` : label}
            <span aria-hidden="true"> ▾</span>
          </>
        ),
      }}
      content={(M) => (
        <M.Portal>
          <M.Content className={menu.menu} align="start" sideOffset={4}>
            {options.map((o) => (
              <M.CheckboxItem
                key={o.value}
                className={menu.item}
                checked={checked.includes(o.value)}
                onSelect={(event) => event.preventDefault()}
                onCheckedChange={(on) =>
                  onChange(on ? [...checked, o.value] : checked.filter((v) => v !== o.value))
                }
              >
                {o.label}
                <M.ItemIndicator className={menu.check}>✓</M.ItemIndicator>
              </M.CheckboxItem>
            ))}
            {footer}
          </M.Content>
        </M.Portal>
      )}
    />
  );
}
