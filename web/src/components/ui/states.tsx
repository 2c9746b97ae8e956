import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './alert';
import { Button } from './button';
import { useProblemMessage } from '../../lib/problem-message';

/** A failed load: what went wrong, in words, and a way to try again. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  return (
    <Alert tone="error" title={title ?? t('common.loadFailed')}>
      <p>{message(error)}</p>
      {onRetry && (
        <Button variant="secondary" size="small" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon?: ReactNode;
  title: string;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="empty-state">
      {icon}
      <h2>{title}</h2>
      {children && <p>{children}</p>}
      {action}
    </div>
  );
}

/**
 * `fill`: the placeholder stands for a whole page that will be taller than the screen, so it takes
 * the screen's height and the footer stays below it instead of being pushed down when the page
 * arrives (a layout shift).
 */
const fillClass = (fill: boolean | undefined, base?: string) =>
  [base, fill && 'skeleton-fill'].filter(Boolean).join(' ') || undefined;

/** Placeholder shapes while data loads; the text is for screen readers only. */
export function Skeleton({
  lines = 3,
  height = '1rem',
  label,
  fill,
}: {
  lines?: number;
  height?: string;
  label?: string;
  fill?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className={fillClass(fill)}>
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span
          key={i}
          className="skeleton"
          aria-hidden
          style={{ height, width: i === lines - 1 && lines > 1 ? '60%' : '100%' }}
        />
      ))}
    </div>
  );
}

export function SkeletonCards({ count = 3, label, fill }: { count?: number; label?: string; fill?: boolean }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" className={fillClass(fill, 'skeleton-cards')}>
      <span className="visually-hidden">{label ?? t('common.loading')}</span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="card" aria-hidden>
          <span className="skeleton" style={{ height: '1.4rem', width: '55%' }} />
          <span className="skeleton" style={{ width: '35%' }} />
          <span className="skeleton" style={{ width: '80%' }} />
          <span className="skeleton" style={{ height: '2.5rem', width: '40%', marginTop: '1rem' }} />
        </div>
      ))}
    </div>
  );
}
