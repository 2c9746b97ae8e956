import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { webhooksQueryOptions } from './get-webhooks';

export const deleteWebhook = (webhookId: string) =>
  api<void>(`/admin/webhooks/${encodeURIComponent(webhookId)}`, { method: 'DELETE' });

/** Removes a webhook and its delivery log. */
export function useDeleteWebhook(options: { onSuccess?: () => void; onError?: (error: unknown) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: () => options.onSuccess?.(),
    onError: (error) => options.onError?.(error),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksQueryOptions().queryKey }),
  });
}
