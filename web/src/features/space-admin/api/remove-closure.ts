import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** What to reopen: one date, or every date of one closure action (a range). */
export type ClosureTarget = { date: string } | { batchId: string; dates: string[] };

export const removeClosure = (spaceId: string, date: string) =>
  api<void>(`/spaces/${encodeURIComponent(spaceId)}/closures/${encodeURIComponent(date)}`, { method: 'DELETE' });

export const removeClosureBatch = (spaceId: string, batchId: string) =>
  api<void>(`/spaces/${encodeURIComponent(spaceId)}/closure-batches/${encodeURIComponent(batchId)}`, {
    method: 'DELETE',
  });

export function useRemoveClosure(spaceId: string, options: { onSuccess?: (target: ClosureTarget) => void } = {}) {
  return useMutation({
    mutationFn: (target: ClosureTarget) =>
      'batchId' in target ? removeClosureBatch(spaceId, target.batchId) : removeClosure(spaceId, target.date),
    onSuccess: (_v, target) => options.onSuccess?.(target),
  });
}
