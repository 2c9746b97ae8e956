import type { Booking } from '@popdesk/shared';
import { useCreateBooking as useCreate } from '../../../lib/bookings/create-booking';
import { availabilityQueryOptions } from './get-availability';

/** Booking from the day view: taken or not, the day's free time has changed either way. */
export const useCreateBooking = (
  spaceId: string,
  date: string,
  options: { onSuccess?: (booking: Booking) => void } = {},
) => useCreate({ invalidate: availabilityQueryOptions(spaceId, date).queryKey, onSuccess: options.onSuccess });
