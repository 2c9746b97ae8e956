import type { Booking } from '@popdesk/shared';
import { useCheckIn } from '../../../lib/bookings/check-in';
import { managedBookingsQueryOptions } from './get-bookings';

/** Staff check people in at any time, a released no-show too (if the desk is still free). */
export const useCheckInBooking = (options: { onSuccess?: (booking: Booking) => void } = {}) =>
  useCheckIn({ invalidate: managedBookingsQueryOptions().queryKey, ...options });
