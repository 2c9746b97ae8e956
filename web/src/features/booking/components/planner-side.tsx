import { useTranslation } from 'react-i18next';
import type { Availability, WaitlistEntry } from '@popdesk/shared';
import { Alert } from '../../../components/ui/alert';
import type { DayPlanner, PlannerRefs } from '../hooks/use-day-planner';
import { BookingConfirmation } from './booking-confirmation';
import { BookingForm } from './booking-form';
import { NextDayButton } from './next-day-button';
import { SeriesResultView } from './series-result';
import { WaitlistOffer } from './waitlist-offer';

interface Props {
  planner: DayPlanner;
  availability: Availability;
  weeksRef: PlannerRefs['weeksRef'];
  onWaitlisted?: (entry: WaitlistEntry) => void;
}

/** Beside the timeline: what was booked, that the day is over or full, or the booking form. */
export function PlannerSide({ planner, availability, weeksRef, onWaitlisted }: Props) {
  const { t } = useTranslation();
  const { space, tz, date, state, selection } = planner;

  if (state.kind === 'booked') {
    const place = {
      spaceName: space.name,
      address: space.address,
      town: space.town,
      timezone: tz,
      checkInRequired: space.checkInRequired,
      releaseAfterMinutes: space.releaseAfterMinutes,
    };
    return <BookingConfirmation booking={state.booking} place={place} onAnother={planner.reset} />;
  }
  if (state.kind === 'seriesBooked') {
    return <SeriesResultView result={state.result} timezone={tz} onAnother={planner.reset} />;
  }
  if (!planner.timeLeft) {
    return (
      <Alert tone="info" title={t('booking.dayOverTitle')}>
        <p>{t('booking.dayOver')}</p>
        <NextDayButton planner={planner} />
      </Alert>
    );
  }
  if (!planner.anyBookable) {
    return (
      <WaitlistOffer
        spaceId={space.id}
        date={date}
        timezone={tz}
        title={t('waitlist.fullTitle')}
        onJoined={onWaitlisted}
      />
    );
  }
  return (
    <BookingForm
      planner={planner}
      state={state}
      availability={availability}
      weeksRef={weeksRef}
      waitlist={
        <WaitlistOffer
          spaceId={space.id}
          date={date}
          timezone={tz}
          range={selection.range}
          title={t('waitlist.rangeFullTitle')}
          onJoined={onWaitlisted}
        />
      }
    />
  );
}
