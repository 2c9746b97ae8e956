import { useMutation } from '@tanstack/react-query';
import type { CreateResponseBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `POST /api/surveys/:id/responses` with only `{answers}`, and no token: nothing about the person is sent. */
export const submitResponse = (surveyId: string, answers: CreateResponseBody['answers']) =>
  api<{ id: string }>(`/surveys/${encodeURIComponent(surveyId)}/responses`, {
    method: 'POST',
    body: { answers } satisfies CreateResponseBody,
    anonymous: true,
  });

export function useSubmitResponse(surveyId: string) {
  return useMutation({
    mutationFn: (answers: CreateResponseBody['answers']) => submitResponse(surveyId, answers),
  });
}
