import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { cancelBookingWithMessage } from '../../../lib/bookings/cancel-booking';
import { managedBookingsQueryOptions } from './get-bookings';

export interface CancelRequest {
  id: string;
  /** staff's message to the holder, quoted in their cancellation e-mail */
  message?: string;
}

/** Staff cancel a booking of their space, optionally with a message; the lists refetch after. */
export function useCancelBooking({ onSuccess }: { onSuccess?: (booking: Booking) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, message }: CancelRequest) => cancelBookingWithMessage(id, message),
    onSuccess: (booking) => onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey: managedBookingsQueryOptions().queryKey }),
  });
}
