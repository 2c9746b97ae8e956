import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking, CreateBookingBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { managedBookingsQueryOptions } from './get-bookings';

/** Staff book for a walk-in guest (`guestName`) or a registered person (`userId`), in the past too. */
export const createBooking = ({ body, idempotencyKey }: { body: CreateBookingBody; idempotencyKey: string }) =>
  api<Booking>('/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });

export function useCreateBooking(options: { onSuccess?: (booking: Booking) => void; onSettled?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: (booking) => options.onSuccess?.(booking),
    onSettled: () => {
      options.onSettled?.();
      return queryClient.invalidateQueries({ queryKey: managedBookingsQueryOptions().queryKey });
    },
  });
}
