import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Imprint } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getImprint = () => api<Imprint>('/imprint');

export const imprintQueryOptions = () =>
  queryOptions({ queryKey: ['imprint'], queryFn: getImprint, staleTime: Infinity });

export const useImprint = () => useQuery(imprintQueryOptions());
