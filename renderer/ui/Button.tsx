import type { ButtonHTMLAttributes, ReactNode } from 'react';
import styles from './Button.module.css';

type Variant = 'default' | 'primary' | 'danger' | 'ghost' | 'dangerGhost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'small' | 'normal' | 'large';
}

export function buttonClass(variant: Variant = 'default', size: ButtonProps['size'] = 'normal'): string {
  return [styles.button, variant !== 'default' && styles[variant], size !== 'normal' && styles[size]]
    .filter(Boolean)
    .join(' ');
}

/**
 * A button's text, trimmed to its capital letters so it sits optically centred whatever the
 * system font's ascent and descent (they differ a lot between Segoe UI, SF and DejaVu).
 */
export function ButtonLabel({ children }: { children: ReactNode }) {
  return <span className={styles.label}>{children}</span>;
}

export function Button({ variant, size, className, type = 'button', children, ...rest }: ButtonProps) {
  const classes = [buttonClass(variant, size), className].filter(Boolean).join(' ');
  return (
    <button type={type} className={classes} {...rest}>
      <ButtonLabel>{children}</ButtonLabel>
    </button>
  );
}
