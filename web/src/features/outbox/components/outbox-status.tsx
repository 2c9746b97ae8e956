import { useTranslation } from 'react-i18next';
import type { OutboxStatus } from '@popdesk/shared';
import { QueueStatusBadge } from '../../../components/ui/queue-status-badge';

/** An e-mail's delivery state in words with its own icon. */
export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  const { t } = useTranslation();
  return (
    <QueueStatusBadge state={status === 'sent' ? 'done' : status}>{t(`outbox.status.${status}`)}</QueueStatusBadge>
  );
}
