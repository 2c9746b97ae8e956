import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/**
 * `GET /api/surveys/:id`: public while open (410 `survey-closed` after, 404 unknown). Asked without a
 * token: this page is the same for everyone, and an expired token must not send a passer-by to login.
 */
export const getSurvey = (surveyId: string) =>
  api<Survey>(`/surveys/${encodeURIComponent(surveyId)}`, { anonymous: true });

export const surveyQueryOptions = (surveyId: string) =>
  queryOptions({
    queryKey: ['surveys', 'public', surveyId],
    queryFn: () => getSurvey(surveyId),
    // the questions do not change while someone answers; asking again on focus would only
    // re-render the form under their fingers
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });

export const useSurvey = (surveyId: string) => useQuery(surveyQueryOptions(surveyId));
