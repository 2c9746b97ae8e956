import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Space } from '@popdesk/shared';
import { apiGet } from '../lib/api-client';

export const spacesQuery = () => queryOptions({ queryKey: ['spaces'], queryFn: () => apiGet<Space[]>('/spaces') });
export const useSpaces = () => useQuery(spacesQuery());
