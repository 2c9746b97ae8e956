import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@popdesk/shared';
import { api } from '../api-client';
import { useToken } from '../auth-token';

export const getMe = () => api<Me>('/me');

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: 5 * 60_000 });

/** The logged-in user (undefined while logged out or loading). */
export function useMe() {
  const token = useToken();
  return useQuery({ ...meQueryOptions(), enabled: token !== null });
}
