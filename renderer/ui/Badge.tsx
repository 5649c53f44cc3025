import type { ReactNode } from 'react';
import styles from './Badge.module.css';

export function Badge({ children, tone }: { children: ReactNode; tone?: 'warn' }) {
  return <span className={[styles.badge, tone && styles[tone]].filter(Boolean).join(' ')}>{children}</span>;
}

/** A client's or a competitor's colour; decorative, the name next to it says who it is. */
export function ColorDot({ color, large }: { color: string; large?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={[styles.dot, large && styles.dotLarge].filter(Boolean).join(' ')}
      style={{ background: color }}
    />
  );
}
