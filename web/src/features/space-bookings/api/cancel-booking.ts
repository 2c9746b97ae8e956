import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { managedBookingsQueryOptions } from './get-bookings';

export const cancelBooking = (bookingId: string) => api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/cancel`, { method: 'POST' });

export function useCancelBooking(options: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelBooking,
    onSuccess: (booking) => options.onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: managedBookingsQueryOptions().queryKey }),
  });
}
