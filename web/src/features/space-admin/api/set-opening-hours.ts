import { useMutation } from '@tanstack/react-query';
import type { OpeningHour } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** Replaces the whole week: the list sent is the new opening hours. */
export const setOpeningHours = (spaceId: string, hours: OpeningHour[]) =>
  api<OpeningHour[]>(`/spaces/${encodeURIComponent(spaceId)}/opening-hours`, { method: 'PUT', body: hours });

export function useSetOpeningHours(spaceId: string, options: { onSuccess?: (hours: OpeningHour[]) => void } = {}) {
  return useMutation({
    mutationFn: (hours: OpeningHour[]) => setOpeningHours(spaceId, hours),
    onSuccess: (hours) => options.onSuccess?.(hours),
  });
}
