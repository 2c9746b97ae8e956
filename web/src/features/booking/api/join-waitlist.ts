import { useMutation } from '@tanstack/react-query';
import type { CreateWaitlistBody, WaitlistEntry } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const joinWaitlist = (spaceId: string, body: CreateWaitlistBody) =>
  api<WaitlistEntry>(`/spaces/${encodeURIComponent(spaceId)}/waitlist`, { method: 'POST', body });

export function useJoinWaitlist(spaceId: string, options: { onSuccess?: (entry: WaitlistEntry) => void } = {}) {
  return useMutation({
    mutationFn: (body: CreateWaitlistBody) => joinWaitlist(spaceId, body),
    onSuccess: (entry) => options.onSuccess?.(entry),
  });
}
