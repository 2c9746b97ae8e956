import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { buttonClass } from '../../../components/ui/button';
import { IconCalendar } from '../../../components/ui/icons';
import { EmptyState } from '../../../components/ui/states';
import type { BookingActions } from '../hooks/use-booking-actions';
import { BookingCard, type SpaceInfo } from './booking-card';
import styles from './my-bookings.module.css';

type SpaceInfoOf = (spaceId: string) => SpaceInfo | undefined;

const PAST_PAGE = 10;

/** Upcoming bookings with check-in and cancel, or a way to find a space. */
export function UpcomingSection(props: {
  upcoming: Booking[];
  spaceInfo: SpaceInfoOf;
  now: number;
  actions: BookingActions;
}) {
  const { upcoming, spaceInfo, now, actions } = props;
  const { t } = useTranslation();
  const { checkIn } = actions;
  return (
    <section aria-labelledby="upcoming-heading" className={styles.section}>
      <h2 id="upcoming-heading">
        {t('myBookings.upcoming')} <span className={styles.count}>({upcoming.length})</span>
      </h2>
      {upcoming.length === 0 ? (
        <EmptyState
          icon={<IconCalendar size={32} />}
          title={t('myBookings.emptyTitle')}
          action={
            <Link to="/" className={buttonClass('primary')}>
              {t('myBookings.findSpace')}
            </Link>
          }
        >
          {t('myBookings.emptyText')}
        </EmptyState>
      ) : (
        <ul className={styles.list}>
          {upcoming.map((b) => (
            <li key={b.id}>
              <BookingCard
                booking={b}
                space={spaceInfo(b.spaceId)}
                now={now}
                onCancel={actions.askCancel}
                onCancelSeries={actions.askCancelSeries}
                onCheckIn={(x) => checkIn.mutate(x.id)}
                checkingIn={checkIn.isPending && checkIn.variables === b.id}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Past and cancelled bookings, ten at a time. */
export function PastSection({ past, spaceInfo, now }: { past: Booking[]; spaceInfo: SpaceInfoOf; now: number }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAST_PAGE);
  return (
    <section aria-labelledby="past-heading" className={styles.section}>
      <h2 id="past-heading">
        {t('myBookings.past')} <span className={styles.count}>({past.length})</span>
      </h2>
      <ul className={styles.list}>
        {past.slice(0, shown).map((b) => (
          <li key={b.id}>
            <BookingCard booking={b} space={spaceInfo(b.spaceId)} now={now} />
          </li>
        ))}
      </ul>
      {past.length > shown && (
        <button type="button" className={buttonClass('secondary')} onClick={() => setShown((n) => n + PAST_PAGE)}>
          {t('myBookings.showMore')}
        </button>
      )}
    </section>
  );
}
