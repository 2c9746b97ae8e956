import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Availability } from '@popdesk/shared';
import { Button } from '../../../components/ui/button';
import { useIsLoggedIn } from '../../../lib/auth-token';
import type { ChoosingState } from '../hooks/planner-state';
import type { DayPlanner, PlannerRefs } from '../hooks/use-day-planner';
import { BookingFailure, BookingSummaryLine, LoginToBook } from './booking-form-notes';
import { DeskFieldset } from './desk-fieldset';
import { FavouriteOffer } from './favourite-offer';
import { SeriesOptions } from './series-options';
import { WhenFieldset } from './when-fieldset';
import styles from './booking.module.css';

interface Props {
  planner: DayPlanner;
  /** The choice so far (the form is there only while choosing). */
  state: ChoosingState;
  availability: Availability;
  weeksRef: PlannerRefs['weeksRef'];
  /** Offered when no desk is free for the chosen range. */
  waitlist: ReactNode;
}

/** Quick choices, a custom range, the desk, and the book button. */
export function BookingForm({ planner, state, availability, weeksRef, waitlist }: Props) {
  const { t } = useTranslation();
  const loggedIn = useIsLoggedIn();
  const { selection, deskFreeFor, submitting } = planner;
  const { deskId, range } = selection;
  const desk = availability.desks.find((d) => d.deskId === deskId);
  const ready = !!desk && !!range && deskFreeFor(desk.deskId, range);
  const anyFree = !!range && availability.desks.some((d) => deskFreeFor(d.deskId, range));

  return (
    <form
      noValidate
      className={`card ${styles.form}`}
      aria-labelledby="booking-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (ready) planner.submit();
      }}
    >
      <h3 id="booking-form-heading">{t('booking.formHeading')}</h3>
      {loggedIn && <FavouriteOffer planner={planner} availability={availability} />}
      <WhenFieldset planner={planner} availability={availability} />
      <DeskFieldset planner={planner} availability={availability} />

      {range && !anyFree && waitlist}

      {loggedIn && (
        <SeriesOptions
          value={state.series}
          onChange={planner.changeSeries}
          limit={planner.limit}
          weeksError={state.weeksError}
          weeksRef={weeksRef}
        />
      )}

      {ready && range && desk && (
        <BookingSummaryLine
          desk={desk.name}
          range={range}
          date={availability.date}
          timezone={availability.timezone}
          series={state.series}
          maxWeeks={planner.limit.maxWeeks}
        />
      )}

      <BookingFailure error={planner.error} timezone={availability.timezone} />

      {loggedIn ? (
        <Button type="submit" block disabled={!ready} busy={submitting}>
          {submitting ? t('booking.booking') : state.series.repeat ? t('booking.series.book') : t('booking.book')}
        </Button>
      ) : (
        <LoginToBook />
      )}
    </form>
  );
}
