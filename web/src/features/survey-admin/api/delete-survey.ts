import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Survey } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { SURVEYS_KEY } from './get-surveys';

/** `DELETE /surveys/:id` → 204; its responses go with it. */
export const deleteSurvey = (surveyId: string) =>
  api<void>(`/surveys/${encodeURIComponent(surveyId)}`, { method: 'DELETE' });

export function useDeleteSurvey(options: { onSuccess?: (survey: Survey) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (survey: Survey) => deleteSurvey(survey.id),
    onSuccess: (_r, survey) => options.onSuccess?.(survey),
    onSettled: () => queryClient.invalidateQueries({ queryKey: SURVEYS_KEY }),
  });
}
