import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Booking, CreateBookingBody } from '@popdesk/shared';
import { api } from '../api-client';

export interface CreateBookingInput {
  body: CreateBookingBody;
  /** The same key for repeats of one attempt (double clicks, retries) books once. */
  idempotencyKey: string;
}

/**
 * `POST /bookings`: a coworker books for themselves; staff also for a walk-in guest (`guestName`)
 * or a registered person (`userId`), in the past too.
 */
export const createBooking = ({ body, idempotencyKey }: CreateBookingInput) =>
  api<Booking>('/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });

export interface CreateBookingOptions {
  /** The queries the booking changes (free time, a list): refetched once it is settled, taken or not. */
  invalidate: QueryKey;
  onSuccess?: (booking: Booking) => void;
  onSettled?: () => void;
}

export function useCreateBooking({ invalidate, onSuccess, onSettled }: CreateBookingOptions) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: (booking) => onSuccess?.(booking),
    onSettled: () => {
      onSettled?.();
      return queryClient.invalidateQueries({ queryKey: invalidate });
    },
  });
}
