import { useEffect, useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { Button, buttonClass } from '../../../components/ui/button';
import { IconCheck, IconDownload } from '../../../components/ui/icons';
import { CalendarFeed } from '../../../components/calendar-feed';
import { buildIcs, downloadFile } from '../../../lib/ics';
import { addressLine, calendarTitle } from '../../../lib/places';
import { useFormat } from '../../../lib/use-format';
import styles from './booking.module.css';

export interface BookedPlace {
  spaceName: string;
  address: string | null;
  town: string;
  timezone: string;
  checkInRequired: boolean;
  releaseAfterMinutes: number;
}

/** What was booked, and how to get it into a calendar. */
export function BookingConfirmation({
  booking,
  place,
  onAnother,
}: {
  booking: Booking;
  place: BookedPlace;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const desk = booking.deskName ?? '';

  function downloadIcs() {
    const summary = calendarTitle(t, desk, place.spaceName);
    const location = addressLine(place.address, place.town);
    downloadFile(
      `popdesk-${booking.id.slice(0, 8)}.ics`,
      buildIcs({ uid: booking.id, start: booking.start, end: booking.end, summary, location }),
      'text/calendar',
    );
  }

  return (
    <div className={`card ${styles.confirmation}`} role="status" aria-live="polite">
      <h3 ref={heading} tabIndex={-1} className={styles.confirmTitle}>
        <IconCheck size={24} />
        {t('booking.confirmedTitle')}
      </h3>
      <dl className="facts">
        <dt>{t('booking.space')}</dt>
        <dd>{place.spaceName}</dd>
        <dt>{t('booking.desk')}</dt>
        <dd>{desk}</dd>
        <dt>{t('booking.day')}</dt>
        <dd>{f.dayLongOf(booking.start, place.timezone)}</dd>
        <dt>{t('booking.time')}</dt>
        <dd>{f.timeRange(booking.start, booking.end, place.timezone)}</dd>
      </dl>
      {place.checkInRequired && (
        <p className={styles.note}>{t('booking.checkInNote', { count: place.releaseAfterMinutes })}</p>
      )}
      <NextSteps onAnother={onAnother}>
        <Button variant="secondary" onClick={downloadIcs}>
          <IconDownload />
          {t('booking.addToCalendar')}
        </Button>
      </NextSteps>
      <CalendarFeed compact />
    </div>
  );
}

/** After booking: anything of the caller's own first, then "to my bookings" and "book another". */
export function NextSteps({ onAnother, children }: { onAnother: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="cluster">
      {children}
      <Link to="/bookings" className={buttonClass('primary')}>
        {t('booking.toMyBookings')}
      </Link>
      <Button variant="ghost" onClick={onAnother}>
        {t('booking.another')}
      </Button>
    </div>
  );
}
