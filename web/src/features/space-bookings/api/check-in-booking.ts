import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { managedBookingsQueryOptions } from './get-bookings';

/** Staff check people in at any time, a released no-show too (if the desk is still free). */
export const checkInBooking = (bookingId: string) => api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/check-in`, { method: 'POST' });

export function useCheckInBooking(options: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkInBooking,
    onSuccess: (booking) => options.onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: managedBookingsQueryOptions().queryKey }),
  });
}
