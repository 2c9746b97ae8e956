import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SpaceDetail } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getSpace = (spaceId: string) => api<SpaceDetail>(`/spaces/${encodeURIComponent(spaceId)}`);

export const spaceQueryOptions = (spaceId: string) =>
  queryOptions({ queryKey: ['spaces', spaceId], queryFn: () => getSpace(spaceId) });

export const useSpace = (spaceId: string, enabled = true) => useQuery({ ...spaceQueryOptions(spaceId), enabled });
