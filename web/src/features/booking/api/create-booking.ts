import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking, CreateBookingBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { availabilityQueryOptions } from './get-availability';

export interface CreateBookingInput {
  body: CreateBookingBody;
  /** The same key for repeats of one attempt (double clicks, retries) books once. */
  idempotencyKey: string;
}

export const createBooking = ({ body, idempotencyKey }: CreateBookingInput) =>
  api<Booking>('/bookings', { method: 'POST', body, headers: { 'Idempotency-Key': idempotencyKey } });

export function useCreateBooking(spaceId: string, date: string, options: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBooking,
    onSuccess: (booking) => options.onSuccess?.(booking),
    // taken or not: the free time has changed either way
    onSettled: () => queryClient.invalidateQueries({ queryKey: availabilityQueryOptions(spaceId, date).queryKey }),
  });
}
