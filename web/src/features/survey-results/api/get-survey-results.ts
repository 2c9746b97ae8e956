import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyResults } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { filterQuery, formatFilter, type AnswerFilter } from '../utils/filters';

export const resultsPath = (surveyId: string, filters: AnswerFilter[], extra: Record<string, string> = {}) => {
  const params = filterQuery(filters);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `/surveys/${encodeURIComponent(surveyId)}/results${query ? `?${query}` : ''}`;
};

/** Counts, means, medians and free texts; counts of 1 or 2 come folded. Only responses giving every filter. */
export const getSurveyResults = (surveyId: string, filters: AnswerFilter[]) =>
  api<SurveyResults>(resultsPath(surveyId, filters));

export const surveyResultsQueryOptions = (surveyId: string, filters: AnswerFilter[]) =>
  queryOptions({
    queryKey: ['surveys', surveyId, 'results', filters.map(formatFilter)],
    queryFn: () => getSurveyResults(surveyId, filters),
    staleTime: 60_000,
  });

/** While other filters load, the results shown stay (marked busy) rather than blanking the page. */
export const useSurveyResults = (surveyId: string, filters: AnswerFilter[], enabled: boolean) =>
  useQuery({ ...surveyResultsQueryOptions(surveyId, filters), enabled, placeholderData: keepPreviousData });
