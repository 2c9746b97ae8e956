import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '@popdesk/shared';
import { IconCheck } from './ui/icons';

const tone: Record<BookingStatus, string> = {
  confirmed: 'badge-success',
  checked_in: 'badge-info',
  cancelled: 'badge-neutral',
  no_show: 'badge-danger',
};

/** The status in words (the colour and the tick only repeat it). */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tone[status]}`}>
      {status === 'checked_in' && <IconCheck size={14} />}
      {t(`myBookings.status.${status}`)}
    </span>
  );
}
