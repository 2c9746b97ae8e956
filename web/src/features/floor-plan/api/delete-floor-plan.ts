import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { floorPlanQueryOptions } from './get-floor-plan';

/** Removes the plan; the server takes every desk of the space off it too. */
export const deleteFloorPlan = (spaceId: string) =>
  api<void>(`/spaces/${encodeURIComponent(spaceId)}/floor-plan`, { method: 'DELETE' });

export function useDeleteFloorPlan(spaceId: string, options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteFloorPlan(spaceId),
    onSuccess: () => {
      queryClient.setQueryData(floorPlanQueryOptions(spaceId).queryKey, null);
      options.onSuccess?.();
    },
  });
}
