import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SpaceSummary } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getSpaces = () => api<SpaceSummary[]>('/spaces');

export const spacesQueryOptions = () => queryOptions({ queryKey: ['spaces'], queryFn: getSpaces });

export const useSpaces = () => useQuery(spacesQueryOptions());
