import { useTranslation } from 'react-i18next';
import type { ManagedBooking } from '../api/get-bookings';

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
