import type { ReactNode } from 'react';
import { IconAlert, IconCheck, IconInfo } from './icons';

export interface AlertProps {
  tone?: 'error' | 'success' | 'info' | 'warn';
  title?: ReactNode;
  children?: ReactNode;
  /** Errors interrupt (role=alert); everything else is a polite status. */
  live?: boolean;
  className?: string;
}

export function Alert({ tone = 'info', title, children, live = true, className }: AlertProps) {
  const role = live ? (tone === 'error' ? 'alert' : 'status') : undefined;
  const Icon = tone === 'success' ? IconCheck : tone === 'info' ? IconInfo : IconAlert;
  return (
    <div className={['alert', `alert-${tone}`, className].filter(Boolean).join(' ')} role={role}>
      <Icon />
      <div>
        {title && <p className="alert-title">{title}</p>}
        {children}
      </div>
    </div>
  );
}
