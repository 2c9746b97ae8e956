import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { BookingSummary } from '../../../components/booking-summary';
import { Button } from '../../../components/ui/button';
import { IconCheck, IconDownload } from '../../../components/ui/icons';
import { buildIcs, downloadFile } from '../../../lib/ics';
import { FavouriteToggle } from '../../../lib/favourites/favourite-toggle';
import { useFavouriteIds } from '../../../lib/favourites/get-favourites';
import { addressLine, calendarTitle } from '../../../lib/places';
import { useFormat } from '../../../lib/use-format';
import { checkInWindow, FALLBACK_TZ, type SpaceInfo } from '../utils/check-in-window';
import styles from './my-bookings.module.css';

export type { SpaceInfo } from '../utils/check-in-window';

interface Props {
  booking: Booking;
  space: SpaceInfo | undefined;
  now: number;
  onCancel?: (b: Booking) => void;
  /** An occurrence of a weekly series: cancel it and every later one of the series. */
  onCancelSeries?: (b: Booking) => void;
  onCheckIn?: (b: Booking) => void;
  checkingIn?: boolean;
}

export function BookingCard({ booking: b, space, now, onCancel, onCancelSeries, onCheckIn, checkingIn }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const tz = space?.timezone ?? FALLBACK_TZ;
  const spaceName = b.spaceName ?? space?.name ?? '';
  const active = (b.status === 'confirmed' || b.status === 'checked_in') && Date.parse(b.end) > now;
  const checkin = checkInWindow(b, space);
  const canCheckIn = b.status === 'confirmed' && now >= checkin.opens && now < checkin.closes;
  const headingId = `booking-${b.id}`;
  // the star shows once my favourites are known (signed in, loaded)
  const favouritesKnown = useFavouriteIds() !== null;
  const star = <FavouriteToggle deskId={b.deskId} deskName={b.deskName ?? ''} />;

  function downloadIcs() {
    const location = addressLine(space?.address, space?.town);
    downloadFile(
      `popdesk-${b.id.slice(0, 8)}.ics`,
      buildIcs({
        uid: b.id,
        start: b.start,
        end: b.end,
        summary: calendarTitle(t, b.deskName ?? '', spaceName),
        location,
      }),
      'text/calendar',
    );
  }

  return (
    <BookingSummary
      layout="card"
      booking={b}
      timezone={tz}
      spaceName={spaceName}
      town={space?.town}
      headingId={headingId}
      actions={
        active ? (
          <div className={styles.actions}>
            {star}
            {b.status === 'confirmed' &&
              (canCheckIn ? (
                <Button size="small" onClick={() => onCheckIn?.(b)} busy={checkingIn} aria-describedby={headingId}>
                  <IconCheck size={18} />
                  {t('myBookings.checkIn')}
                </Button>
              ) : now < checkin.opens ? (
                <span className={styles.hint}>{t('myBookings.checkInFrom', { time: f.time(checkin.opens, tz) })}</span>
              ) : null)}
            <Button size="small" variant="secondary" onClick={downloadIcs} aria-describedby={headingId}>
              <IconDownload size={18} />
              {t('myBookings.ics')}
            </Button>
            {b.seriesId && onCancelSeries && (
              <Button
                size="small"
                variant="ghost"
                className={styles.cancelSeriesBtn}
                onClick={() => onCancelSeries(b)}
                aria-describedby={headingId}
              >
                {t('myBookings.cancelSeries')}
              </Button>
            )}
            <Button
              size="small"
              variant="ghost"
              className={styles.cancelBtn}
              onClick={() => onCancel?.(b)}
              aria-describedby={headingId}
            >
              {t('myBookings.cancel')}
            </Button>
          </div>
        ) : (
          favouritesKnown && <div className={styles.actions}>{star}</div>
        )
      }
    />
  );
}
