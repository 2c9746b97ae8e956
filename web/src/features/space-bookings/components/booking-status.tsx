import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '@popdesk/shared';
import { IconCheck } from '../../../components/ui/icons';
import type { ManagedBooking } from '../api/get-bookings';

const tone: Record<BookingStatus, string> = {
  confirmed: 'badge-success',
  checked_in: 'badge-info',
  cancelled: 'badge-neutral',
  no_show: 'badge-danger',
};

/** The status in words (the colour only repeats it). */
export function BookingStatusBadge({ status }: { status: BookingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${tone[status]}`}>
      {status === 'checked_in' && <IconCheck size={14} />}
      {t(`myBookings.status.${status}`)}
    </span>
  );
}

/** Who holds a booking: the guest's name, the account holder's name when the API gives it, else "account". */
export function Holder({ booking }: { booking: ManagedBooking }) {
  const { t } = useTranslation();
  if (booking.guestName) {
    return (
      <span>
        {booking.guestName} <span className="badge badge-warn">{t('frontDesk.guest')}</span>
      </span>
    );
  }
  if (booking.userName) return <span>{booking.userName}</span>;
  return <span className="muted">{booking.userId ? t('frontDesk.account') : t('frontDesk.deletedAccount')}</span>;
}
