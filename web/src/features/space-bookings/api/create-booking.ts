import type { Booking } from '@popdesk/shared';
import { useCreateBooking as useCreate } from '../../../lib/bookings/create-booking';
import { managedBookingsQueryOptions } from './get-bookings';

/** Staff book for a walk-in guest or a registered person; every list of the front desk is refetched. */
export const useCreateBooking = (options: { onSuccess?: (booking: Booking) => void; onSettled?: () => void } = {}) =>
  useCreate({ invalidate: managedBookingsQueryOptions().queryKey, ...options });
