import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../api-client';

/** `POST /bookings/:id/cancel`: by its holder, the space's staff or an admin. */
export const cancelBooking = (bookingId: string) =>
  api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/cancel`, { method: 'POST' });

/** The same by staff, with a message that the holder's cancellation e-mail quotes (if any). */
export const cancelBookingWithMessage = (bookingId: string, message?: string) =>
  message?.trim()
    ? api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/cancel`, {
        method: 'POST',
        body: { message: message.trim() },
      })
    : cancelBooking(bookingId);

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
