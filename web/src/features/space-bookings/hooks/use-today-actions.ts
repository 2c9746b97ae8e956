import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/ui/live-region';
import { useCancelBooking } from '../api/cancel-booking';
import { useCheckInBooking } from '../api/check-in-booking';
import type { ManagedBooking } from '../api/get-bookings';

/** Check in and cancel (after a confirmation) on the front desk's day; one failure shown at a time. */
export function useTodayActions(onChanged?: () => void) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [toCancel, setToCancel] = useState<ManagedBooking | null>(null);
  const [message, setMessage] = useState('');
  const checkIn = useCheckInBooking({ onSuccess: () => onChanged?.() });
  const cancel = useCancelBooking({
    onSuccess: () => {
      announce(t('frontDesk.cancelled'));
      onChanged?.();
    },
  });

  return {
    toCancel,
    error: checkIn.error ?? cancel.error,
    checkingIn: (b: ManagedBooking) => checkIn.isPending && checkIn.variables === b.id,
    checkIn: (b: ManagedBooking) => {
      cancel.reset();
      // the answer carries no desk name; the row has it
      checkIn.mutate(b.id, { onSuccess: () => announce(t('frontDesk.checkedIn', { desk: b.deskName ?? '' })) });
    },
    askCancel: (b: ManagedBooking) => {
      checkIn.reset();
      setMessage('');
      setToCancel(b);
    },
    closeCancel: () => setToCancel(null),
    /** the message to the holder that goes with the cancellation (staff) */
    message,
    setMessage,
    cancel: (b: ManagedBooking) => cancel.mutate({ id: b.id, message }),
  };
}
