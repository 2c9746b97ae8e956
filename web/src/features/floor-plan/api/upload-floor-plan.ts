import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FloorPlanMeta } from '@popdesk/shared';
import { apiFetch } from '../../../lib/api-client';
import type { PlanType } from '../utils/plan-file';
import { floorPlanQueryOptions } from './get-floor-plan';

/** The raw file as the body, with its media type (the server reads SVG and PNG only). */
export async function uploadFloorPlan(spaceId: string, file: Blob, type: PlanType): Promise<FloorPlanMeta> {
  const raw = file.type === type ? file : new Blob([file], { type });
  const res = await apiFetch(`/spaces/${encodeURIComponent(spaceId)}/floor-plan`, { method: 'PUT', raw });
  return (await res.json()) as FloorPlanMeta;
}

export function useUploadFloorPlan(
  spaceId: string,
  options: { onSuccess?: (plan: FloorPlanMeta) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, type }: { file: Blob; type: PlanType }) => uploadFloorPlan(spaceId, file, type),
    onSuccess: (plan) => {
      queryClient.setQueryData(floorPlanQueryOptions(spaceId).queryKey, plan);
      options.onSuccess?.(plan);
    },
    onError: (error) => options.onError?.(error),
  });
}
