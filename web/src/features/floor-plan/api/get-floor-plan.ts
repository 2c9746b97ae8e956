import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FloorPlanMeta } from '@popdesk/shared';
import { api, isApiError } from '../../../lib/api-client';

/** The space's plan, or null when it has none (404). */
export async function getFloorPlan(spaceId: string): Promise<FloorPlanMeta | null> {
  try {
    return await api<FloorPlanMeta>(`/spaces/${encodeURIComponent(spaceId)}/floor-plan/meta`);
  } catch (err) {
    if (isApiError(err) && err.status === 404) return null;
    throw err;
  }
}

export const floorPlanQueryOptions = (spaceId: string) =>
  queryOptions({ queryKey: ['spaces', spaceId, 'floor-plan'], queryFn: () => getFloorPlan(spaceId) });

export const useFloorPlan = (spaceId: string, enabled = true) =>
  useQuery({ ...floorPlanQueryOptions(spaceId), enabled });
