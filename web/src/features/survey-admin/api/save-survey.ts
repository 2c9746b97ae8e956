import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSurveyBody, Survey, UpdateSurveyBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { SURVEYS_KEY } from './get-surveys';

/** `POST /surveys` → 201 the survey; 400 with `errors` naming the questions' problems. */
export const createSurvey = (body: CreateSurveyBody) => api<Survey>('/surveys', { method: 'POST', body });

/**
 * `PATCH /surveys/:id` with what changed → the survey; `status` closes or reopens it; 409
 * `survey-has-responses` for questions once someone answered.
 */
export const updateSurvey = (surveyId: string, body: UpdateSurveyBody) =>
  api<Survey>(`/surveys/${encodeURIComponent(surveyId)}`, { method: 'PATCH', body });

export type SaveSurveyInput =
  { mode: 'create'; body: CreateSurveyBody } | { mode: 'edit'; id: string; body: UpdateSurveyBody };

/** Creates or changes a survey (closing and reopening too); every survey query refetches after. */
export function useSaveSurvey(
  options: { onSuccess?: (survey: Survey, input: SaveSurveyInput) => void; onError?: (error: unknown) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveSurveyInput) =>
      input.mode === 'create' ? createSurvey(input.body) : updateSurvey(input.id, input.body),
    onSuccess: (survey, input) => {
      queryClient.setQueryData([...SURVEYS_KEY, 'survey', survey.id], survey);
      options.onSuccess?.(survey, input);
    },
    onError: (error) => options.onError?.(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SURVEYS_KEY }),
  });
}
