import type { Booking } from '@popdesk/shared';
import { useCancelBooking as useCancel } from '../../../lib/bookings/cancel-booking';
import { managedBookingsQueryOptions } from './get-bookings';

export const useCancelBooking = (options: { onSuccess?: (booking: Booking) => void } = {}) =>
  useCancel({ invalidate: managedBookingsQueryOptions().queryKey, ...options });
