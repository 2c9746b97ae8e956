import { useTranslation } from 'react-i18next';
import type { ManagedBooking } from '../api/get-bookings';
import styles from './space-bookings.module.css';

/**
 * Who holds a booking: the guest's name (tagged "Gast"), the account holder's name when the API
 * gives it (staff of the space, admins) with the e-mail when asked for, else "account".
 */
export function Holder({ booking }: { booking: ManagedBooking }) {
  const { t } = useTranslation();
  if (booking.guestName) {
    return (
      <span>
        {booking.guestName} <span className="badge badge-warn">{t('frontDesk.guest')}</span>
      </span>
    );
  }
  if (booking.userName) {
    return (
      <span className={styles.holder}>
        <span>{booking.userName}</span>
        {booking.userEmail && (
          <a className={styles.holderEmail} href={`mailto:${booking.userEmail}`}>
            {booking.userEmail}
          </a>
        )}
      </span>
    );
  }
  return <span className="muted">{booking.userId ? t('frontDesk.account') : t('frontDesk.deletedAccount')}</span>;
}
