import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** One survey with its questions; managers and analysts get it open or closed. */
export const getSurvey = (surveyId: string) => api<Survey>(`/surveys/${encodeURIComponent(surveyId)}`);

export const surveyQueryOptions = (surveyId: string) =>
  queryOptions({ queryKey: ['surveys', surveyId], queryFn: () => getSurvey(surveyId), staleTime: 60_000 });

export const useSurvey = (surveyId: string) => useQuery(surveyQueryOptions(surveyId));
