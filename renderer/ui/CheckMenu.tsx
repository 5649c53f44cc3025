import { DropdownMenu as M } from 'radix-ui';
import type { ReactNode } from 'react';
import { buttonClass } from './Button.tsx';
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
 * A button opening a list of options to tick, such as "Status (2)". Non-modal: the modal variant
 * locks scrolling with an injected <style> tag, which the strict CSP refuses.
 */
export function CheckMenu({ label, options, checked, onChange, footer }: CheckMenuProps) {
  const active = checked.length > 0;
  return (
    <M.Root modal={false}>
      <M.Trigger
        className={buttonClass(active ? 'default' : 'ghost', 'small')}
        data-active={active || undefined}
      >
        {active ? `${label} (${checked.length})` : label}
        <span aria-hidden="true"> ▾</span>
      </M.Trigger>
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
    </M.Root>
  );
}
