import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SurveyLanguage, SurveyTemplate } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `GET /survey-templates?language=`: the ready-made question sets, written in that language. */
export const getSurveyTemplates = (language: SurveyLanguage) =>
  api<SurveyTemplate[]>(`/survey-templates?${new URLSearchParams({ language })}`);

export const surveyTemplatesQueryOptions = (language: SurveyLanguage) =>
  queryOptions({
    queryKey: ['survey-templates', language],
    queryFn: () => getSurveyTemplates(language),
    // the templates change with a release only
    staleTime: Infinity,
  });

export const useSurveyTemplates = (language: SurveyLanguage) => useQuery(surveyTemplatesQueryOptions(language));
