import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { myBookingsQueryOptions } from './get-my-bookings';

export const checkIn = (bookingId: string) => api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/check-in`, { method: 'POST' });

export function useCheckIn(options: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  const { queryKey } = myBookingsQueryOptions();
  return useMutation({
    mutationFn: checkIn,
    onSuccess: (booking) => {
      queryClient.setQueryData(queryKey, (list) => list?.map((b) => (b.id === booking.id ? { ...b, ...booking } : b)));
      options.onSuccess?.(booking);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
