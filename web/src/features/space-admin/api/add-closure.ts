import { useMutation } from '@tanstack/react-query';
import type { Closure, CreateClosureBody } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const addClosure = (spaceId: string, body: CreateClosureBody) =>
  api<Closure>(`/spaces/${encodeURIComponent(spaceId)}/closures`, { method: 'POST', body });

export function useAddClosure(spaceId: string, options: { onSuccess?: (closure: Closure) => void } = {}) {
  return useMutation({
    mutationFn: (body: CreateClosureBody) => addClosure(spaceId, body),
    onSuccess: (c) => options.onSuccess?.(c),
  });
}
