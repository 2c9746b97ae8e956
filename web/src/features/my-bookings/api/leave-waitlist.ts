import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myWaitlistQueryOptions } from './get-my-waitlist';

export const leaveWaitlist = (entryId: string) =>
  api<void>(`/waitlist/${encodeURIComponent(entryId)}`, { method: 'DELETE' });

export function useLeaveWaitlist(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: leaveWaitlist,
    onSuccess: () => options.onSuccess?.(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: myWaitlistQueryOptions().queryKey }),
  });
}
