import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../api-client';

/**
 * `POST /bookings/:id/check-in`: the holder inside the check-in window; staff at any time, a
 * released no-show too (if the desk is still free).
 */
export const checkIn = (bookingId: string) =>
  api<Booking>(`/bookings/${encodeURIComponent(bookingId)}/check-in`, { method: 'POST' });

/** Checks in and then refetches the queries under `invalidate`. */
export function useCheckIn({
  invalidate,
  onSuccess,
}: {
  invalidate: QueryKey;
  onSuccess?: (booking: Booking) => void;
}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: checkIn,
    onSuccess: (booking) => onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: invalidate }),
  });
}
