import type { ReactNode } from 'react';
import { IconAlert, IconCheck, IconClock } from './icons';

/** Where a queued message stands: an e-mail in the outbox, a webhook delivery. */
export type QueueState = 'pending' | 'sending' | 'done' | 'failed';

const tone: Record<QueueState, string> = {
  pending: 'badge-neutral',
  sending: 'badge-info',
  done: 'badge-success',
  failed: 'badge-danger',
};

/** The state in words (`children`) with its own icon; the colour only repeats it. */
export function QueueStatusBadge({ state, children }: { state: QueueState; children: ReactNode }) {
  const Icon = state === 'done' ? IconCheck : state === 'failed' ? IconAlert : IconClock;
  return (
    <span className={`badge ${tone[state]}`}>
      <Icon size={14} />
      {children}
    </span>
  );
}
