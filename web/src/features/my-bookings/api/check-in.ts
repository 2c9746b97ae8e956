import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { checkIn } from '../../../lib/bookings/check-in';
import { myBookingsQueryOptions } from './get-my-bookings';

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
