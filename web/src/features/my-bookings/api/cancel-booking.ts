import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { cancelBooking } from '../../../lib/bookings/cancel-booking';
import { myBookingsQueryOptions } from './get-my-bookings';

/** Optimistic: the booking shows as cancelled at once and comes back if the server says no. */
export function useCancelBooking(
  options: {
    onError?: (error: unknown, booking: Booking | undefined) => void;
    onSuccess?: (booking: Booking) => void;
  } = {},
) {
  const queryClient = useQueryClient();
  const { queryKey } = myBookingsQueryOptions();
  return useMutation({
    mutationFn: cancelBooking,
    onMutate: async (bookingId) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      queryClient.setQueryData(queryKey, (list) =>
        list?.map((b) =>
          b.id === bookingId ? { ...b, status: 'cancelled' as const, cancelledAt: new Date().toISOString() } : b,
        ),
      );
      return { previous, booking: previous?.find((b) => b.id === bookingId) };
    },
    onError: (error, _id, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      options.onError?.(error, context?.booking);
    },
    onSuccess: (booking) => options.onSuccess?.(booking),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
