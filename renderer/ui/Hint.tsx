import { Tooltip } from 'radix-ui';
import type { ReactElement } from 'react';
import styles from './Hint.module.css';

/**
 * A short explanation shown beside a control on hover and on keyboard focus, and read out as the
 * control's description while it shows (a KPI's formula beside its name or column).
 */
export function Hint({ text, children }: { text: string; children: ReactElement }) {
  return (
    <Tooltip.Provider delayDuration={250}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>{children}</Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content className={styles.hint} side="top" sideOffset={4} collisionPadding={8}>
            {text}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
