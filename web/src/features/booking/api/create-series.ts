import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSeriesBody, SeriesResult } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/**
 * Books a weekly series in one request. The endpoint takes no Idempotency-Key; the form's busy
 * button keeps a double click from sending it twice.
 */
export const createSeries = (body: CreateSeriesBody) => api<SeriesResult>('/bookings/series', { method: 'POST', body });

export function useCreateSeries(spaceId: string, options: { onSuccess?: (result: SeriesResult) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSeries,
    onSuccess: (result) => options.onSuccess?.(result),
    // the free time of every week of the series may have changed: all of this space's days
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['availability', spaceId] }),
  });
}
