import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../api-client';

/** `POST /bookings/:id/cancel`: by its holder, the space's staff or an admin. */
export const cancelBooking = (bookingId: string) =>
  api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/cancel`, { method: 'POST' });

/** Cancels and then refetches the queries under `invalidate` (no optimistic change). */
export function useCancelBooking({
  invalidate,
  onSuccess,
}: {
  invalidate: QueryKey;
  onSuccess?: (booking: Booking) => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelBooking,
    onSuccess: (booking) => onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invalidate }),
  });
}
