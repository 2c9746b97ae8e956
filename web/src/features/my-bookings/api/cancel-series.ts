import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CancelSeriesResult } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { myBookingsQueryOptions } from './get-my-bookings';

export interface CancelSeriesInput {
  seriesId: string;
  /** Occurrences starting at or after this instant are cancelled. */
  from: string;
}

export const cancelSeries = ({ seriesId, from }: CancelSeriesInput) =>
  api<CancelSeriesResult>(`/bookings/series/${encodeURIComponent(seriesId)}/cancel`, {
    method: 'POST',
    body: { from },
  });

/** Cancels an occurrence of a weekly series and every later one; the list shows them cancelled at once. */
export function useCancelSeries(
  options: { onError?: (error: unknown) => void; onSuccess?: (result: CancelSeriesResult) => void } = {},
) {
  const queryClient = useQueryClient();
  const { queryKey } = myBookingsQueryOptions();
  return useMutation({
    mutationFn: cancelSeries,
    onMutate: async ({ seriesId, from }) => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      const cancelledAt = new Date().toISOString();
      queryClient.setQueryData(queryKey, (list) =>
        list?.map((b) =>
          b.seriesId === seriesId && b.start >= from && (b.status === 'confirmed' || b.status === 'checked_in')
            ? { ...b, status: 'cancelled' as const, cancelledAt }
            : b,
        ),
      );
      return { previous };
    },
    onError: (error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
      options.onError?.(error);
    },
    onSuccess: (result) => options.onSuccess?.(result),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
