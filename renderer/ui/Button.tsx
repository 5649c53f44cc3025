import type { ButtonHTMLAttributes } from 'react';
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

export function Button({ variant, size, className, type = 'button', ...rest }: ButtonProps) {
  const classes = [buttonClass(variant, size), className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
