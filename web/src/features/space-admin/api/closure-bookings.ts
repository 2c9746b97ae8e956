import { useMutation, useQuery } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { getBookings } from '../../../lib/bookings/get-bookings';

/** The counting bookings of a space from `from` to `to` (instants): who a new closure affects. */
export function useClosureBookings(spaceId: string, range: { from: string; to: string } | null) {
  return useQuery({
    queryKey: ['bookings', 'closure', spaceId, range?.from, range?.to],
    queryFn: () => getBookings({ spaceId, from: range!.from, to: range!.to, limit: '500' }),
    enabled: range !== null,
  });
}

/** `POST /bookings/cancel-many`: cancels the bookings and mails each holder, with the message. */
export interface CancelManyResult {
  cancelled: Booking[];
  unchanged?: Booking[];
}

export const cancelMany = (bookingIds: string[], message: string | undefined) =>
  api<CancelManyResult>('/bookings/cancel-many', {
    method: 'POST',
    body: message ? { bookingIds, message } : { bookingIds },
  });

export function useCancelMany(options: { onSuccess?: (result: CancelManyResult) => void } = {}) {
  return useMutation({
    mutationFn: ({ bookingIds, message }: { bookingIds: string[]; message?: string }) =>
      cancelMany(bookingIds, message),
    onSuccess: (r) => options.onSuccess?.(r),
  });
}
