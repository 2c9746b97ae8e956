import type { ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  block?: boolean;
  /** Shows a busy state and keeps the button from being pressed twice. */
  busy?: boolean;
}

export const buttonClass = (variant: ButtonVariant = 'primary', size: 'normal' | 'small' = 'normal', block = false) =>
  ['btn', `btn-${variant}`, size === 'small' && 'btn-small', block && 'btn-block'].filter(Boolean).join(' ');

export function Button({
  variant = 'primary',
  size = 'normal',
  block = false,
  busy = false,
  className,
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      className={[buttonClass(variant, size, block), className].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {children}
    </button>
  );
}
