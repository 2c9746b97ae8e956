import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateWebhookBody, WebhookCreated } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { webhooksQueryOptions } from './get-webhooks';

/** The answer carries the signing secret: the only time it is ever shown. */
export const createWebhook = (body: CreateWebhookBody) =>
  api<WebhookCreated>('/admin/webhooks', { method: 'POST', body });

export function useCreateWebhook(options: { onSuccess?: (webhook: WebhookCreated) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: (webhook) => options.onSuccess?.(webhook),
    onSettled: () => queryClient.invalidateQueries({ queryKey: webhooksQueryOptions().queryKey }),
  });
}
