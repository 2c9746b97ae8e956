import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyLanguage } from '@popdesk/shared';
import { apiFetch } from '../../../lib/api-client';
import { SURVEYS_KEY } from './get-surveys';

export type PosterSize = 'a4' | 'a3';

/** `GET /surveys/:id/poster.svg?size&locale` (managers, so with the token): the SVG as a blob. */
export const getPoster = async (surveyId: string, size: PosterSize, locale: SurveyLanguage) => {
  const res = await apiFetch(
    `/surveys/${encodeURIComponent(surveyId)}/poster.svg?${new URLSearchParams({ size, locale })}`,
    {
      headers: { Accept: 'image/svg+xml, application/problem+json' },
    },
  );
  return res.blob();
};

export const posterQueryOptions = (surveyId: string, size: PosterSize, locale: SurveyLanguage) =>
  queryOptions({
    queryKey: [...SURVEYS_KEY, 'survey', surveyId, 'poster', size, locale],
    queryFn: () => getPoster(surveyId, size, locale),
  });

export const usePoster = (surveyId: string, size: PosterSize, locale: SurveyLanguage) =>
  useQuery(posterQueryOptions(surveyId, size, locale));
