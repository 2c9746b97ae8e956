import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const removeClosure = (spaceId: string, date: string) =>
  api<void>(`/spaces/${encodeURIComponent(spaceId)}/closures/${encodeURIComponent(date)}`, { method: 'DELETE' });

export function useRemoveClosure(spaceId: string, options: { onSuccess?: (date: string) => void } = {}) {
  return useMutation({
    mutationFn: (date: string) => removeClosure(spaceId, date),
    onSuccess: (_v, date) => options.onSuccess?.(date),
  });
}
