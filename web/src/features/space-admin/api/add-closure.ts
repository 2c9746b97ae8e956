import { useMutation } from '@tanstack/react-query';
import type { CreateClosureBody, CreatedClosures } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `POST /spaces/:id/closures`: one date or a range (`until`), the whole day or `starts`–`ends`. */
export const addClosure = (spaceId: string, body: CreateClosureBody) =>
  api<CreatedClosures>(`/spaces/${encodeURIComponent(spaceId)}/closures`, { method: 'POST', body });

export function useAddClosure(spaceId: string, options: { onSuccess?: (created: CreatedClosures) => void } = {}) {
  return useMutation({
    mutationFn: (body: CreateClosureBody) => addClosure(spaceId, body),
    onSuccess: (c) => options.onSuccess?.(c),
  });
}
