import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { SURVEYS_KEY } from './get-surveys';

/** `GET /surveys/:id`: with a manager's token always, closed ones too. */
export const getSurvey = (surveyId: string) => api<Survey>(`/surveys/${encodeURIComponent(surveyId)}`);

export const surveyQueryOptions = (surveyId: string) =>
  queryOptions({ queryKey: [...SURVEYS_KEY, 'survey', surveyId], queryFn: () => getSurvey(surveyId) });

export const useSurvey = (surveyId: string) => useQuery(surveyQueryOptions(surveyId));
