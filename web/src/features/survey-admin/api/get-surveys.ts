import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `GET /surveys`: every survey the person may manage (staff: their spaces' and their towns'). */
export const getSurveys = () => api<Survey[]>('/surveys');

/** Every survey query of this feature starts with this key: a change invalidates them all. */
export const SURVEYS_KEY = ['surveys', 'manage'] as const;

export const surveysQueryOptions = () =>
  queryOptions({ queryKey: [...SURVEYS_KEY, 'list'], queryFn: getSurveys, staleTime: 10_000 });

export const useSurveys = () => useQuery(surveysQueryOptions());
