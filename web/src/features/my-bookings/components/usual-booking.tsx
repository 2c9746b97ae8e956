import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useCreateBooking } from '../../../lib/bookings/create-booking';
import { todayIn } from '../../../lib/dates';
import { useFavouriteIds } from '../../../lib/favourites/get-favourites';
import { nextOpeningDay, usualBooking, usualBookingBody, usualTimes } from '../../../lib/favourites/usual';
import { useProblemMessage } from '../../../lib/problem-message';
import { useFormat } from '../../../lib/use-format';
import { uuid } from '../../../lib/uuid';
import { FALLBACK_TZ, type SpaceInfo } from '../utils/check-in-window';
import styles from './my-bookings.module.css';

interface Props {
  bookings: Booking[];
  spaceInfo: (spaceId: string) => SpaceInfo | undefined;
}

/** "Wie immer buchen": the desk and times of my latest booking of a favourite, on a date I choose. */
export function UsualBooking({ bookings, spaceInfo }: Props) {
  const favourites = useFavouriteIds();
  const usual = favourites && usualBooking(bookings, favourites);
  if (!usual) return null;
  // a fresh form (and date) when the usual booking changes
  return <UsualBookingForm key={usual.id} booking={usual} space={spaceInfo(usual.spaceId)} />;
}

function UsualBookingForm({ booking, space }: { booking: Booking; space: SpaceInfo | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const problem = useProblemMessage();
  const tz = space?.timezone ?? FALLBACK_TZ;
  const times = usualTimes(booking, tz);
  const [date, setDate] = useState(() => nextOpeningDay({ ...space, timezone: tz }, times, new Date()));
  const [booked, setBooked] = useState<Booking | null>(null);
  const attempt = useRef<{ date: string; key: string } | null>(null);
  const create = useCreateBooking({ invalidate: ['bookings'], onSuccess: setBooked });
  const desk = booking.deskName ?? '';
  const spaceName = booking.spaceName ?? space?.name ?? '';

  function submit() {
    if (!date) return;
    // the same key for repeats of one attempt (a double click books once)
    if (attempt.current?.date !== date) attempt.current = { date, key: uuid() };
    setBooked(null);
    create.mutate({ body: usualBookingBody(times, date, tz), idempotencyKey: attempt.current.key });
  }

  return (
    <section aria-labelledby="usual-heading" className={`card ${styles.section} ${styles.usual}`}>
      <h2 id="usual-heading">{t('favourites.usual.heading')}</h2>
      <p>{t('favourites.usual.what', { desk, space: spaceName, range: `${times.start}–${times.end}` })}</p>
      <form
        className={styles.usualForm}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="field">
          <label htmlFor="usual-date">{t('favourites.usual.date')}</label>
          <input
            id="usual-date"
            type="date"
            value={date}
            min={todayIn(tz)}
            required
            onChange={(e) => {
              setDate(e.target.value);
              create.reset();
              setBooked(null);
            }}
          />
        </div>
        <Button type="submit" busy={create.isPending} disabled={!date}>
          {create.isPending ? t('booking.booking') : t('favourites.usual.book')}
        </Button>
      </form>
      {booked && (
        <Alert tone="success" title={t('favourites.usual.booked')}>
          <p>
            {t('favourites.usual.bookedText', {
              desk: booked.deskName ?? desk,
              date: f.dayLongOf(booked.start, tz),
              range: f.timeRange(booked.start, booked.end, tz),
            })}
          </p>
        </Alert>
      )}
      {create.isError && (
        <Alert tone="error" title={t('favourites.usual.failed')}>
          <p>{problem(create.error)}</p>
        </Alert>
      )}
    </section>
  );
}
