import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useProblemMessage } from '../../../lib/problem-message';
import { useCancelBooking } from '../api/cancel-booking';
import { useCancelSeries } from '../api/cancel-series';
import { useCheckIn } from '../api/check-in';

/** Which confirmation is open: none, cancelling one booking, or the rest of its series. */
export type Confirming =
  { kind: 'none' } | { kind: 'cancel'; booking: Booking } | { kind: 'cancelSeries'; booking: Booking };

/** Cancel (after a confirmation), cancel the rest of a series, check in; and the last failure in words. */
export function useBookingActions() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const problem = useProblemMessage();
  const [confirming, setConfirming] = useState<Confirming>({ kind: 'none' });
  const [actionError, setActionError] = useState<string | null>(null);

  const cancel = useCancelBooking({
    onSuccess: () => announce(t('myBookings.cancelled')),
    onError: (err) => setActionError(t('myBookings.cancelFailed', { reason: problem(err) })),
  });
  const cancelSeries = useCancelSeries({
    onSuccess: (r) => announce(t('myBookings.seriesCancelled', { count: r.cancelled.length })),
    onError: (err) => setActionError(t('myBookings.cancelSeriesFailed', { reason: problem(err) })),
  });
  const checkIn = useCheckIn({
    onSuccess: () => announce(t('myBookings.checkedIn')),
  });

  const ask = (next: Confirming) => {
    setActionError(null);
    setConfirming(next);
  };

  return {
    confirming,
    actionError,
    checkIn,
    askCancel: (booking: Booking) => ask({ kind: 'cancel', booking }),
    askCancelSeries: (booking: Booking) => ask({ kind: 'cancelSeries', booking }),
    close: () => setConfirming({ kind: 'none' }),
    cancel: (b: Booking) => cancel.mutate(b.id),
    cancelSeriesFrom: (b: Booking) => {
      if (b.seriesId) cancelSeries.mutate({ seriesId: b.seriesId, from: b.start });
    },
  };
}

export type BookingActions = ReturnType<typeof useBookingActions>;
