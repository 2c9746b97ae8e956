import { useTranslation } from 'react-i18next';
import { BookingSummary } from '../../../components/booking-summary';
import { Button } from '../../../components/ui/button';
import { IconCheck } from '../../../components/ui/icons';
import { useFormat } from '../../../lib/use-format';
import type { ManagedBooking } from '../api/get-bookings';
import { Holder } from './booking-status';
import styles from './space-bookings.module.css';

interface Props {
  booking: ManagedBooking;
  timezone: string;
  checkingIn: boolean;
  onCheckIn: (booking: ManagedBooking) => void;
  onCancel: (booking: ManagedBooking) => void;
}

/** Who holds a booking, or the account when no name is known. */
export const holderName = (b: ManagedBooking, fallback: string) => b.guestName ?? b.userName ?? fallback;

/** One booking of the day: time and desk, who (and since when checked in), status, check in and cancel. */
export function TodayRow({ booking: b, timezone, checkingIn, onCheckIn, onCancel }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const named = {
    who: holderName(b, t('frontDesk.account')),
    desk: b.deskName ?? '',
    range: f.timeRange(b.start, b.end, timezone),
  };
  return (
    <BookingSummary
      layout="row"
      booking={b}
      timezone={timezone}
      headingId={`tb-${b.id}`}
      who={
        <>
          <Holder booking={b} />
          {b.checkedInAt && b.status === 'checked_in' && (
            <span className="muted">{t('frontDesk.checkedInAt', { time: f.time(b.checkedInAt, timezone) })}</span>
          )}
        </>
      }
      actions={
        <>
          {(b.status === 'confirmed' || b.status === 'no_show') && (
            <Button
              size="small"
              busy={checkingIn}
              aria-label={t('frontDesk.checkInNamed', named)}
              onClick={() => onCheckIn(b)}
            >
              <IconCheck size={16} />
              {t('frontDesk.checkIn')}
            </Button>
          )}
          {(b.status === 'confirmed' || b.status === 'checked_in') && (
            <Button
              size="small"
              variant="ghost"
              className={styles.cancelBtn}
              aria-label={t('frontDesk.cancelNamed', named)}
              onClick={() => onCancel(b)}
            >
              {t('frontDesk.cancel')}
            </Button>
          )}
        </>
      }
    />
  );
}
