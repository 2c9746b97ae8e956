import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** The surveys the person may read: their spaces' and towns' (staff), every one (admins, analysts). */
export const getSurveys = () => api<Survey[]>('/surveys');

// under ['surveys'], so that the staff screens' changes (close, reopen, delete) refresh this list too
export const surveysQueryOptions = () =>
  queryOptions({ queryKey: ['surveys', 'list'], queryFn: getSurveys, staleTime: 60_000 });

export const useSurveys = () => useQuery(surveysQueryOptions());
