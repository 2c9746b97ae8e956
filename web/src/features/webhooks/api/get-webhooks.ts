import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Webhook } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getWebhooks = () => api<Webhook[]>('/admin/webhooks');

/** Admins: the registered webhooks (oldest first, as the API lists them). */
export const webhooksQueryOptions = () =>
  queryOptions({ queryKey: ['webhooks'], queryFn: getWebhooks, staleTime: 30_000 });

export const useWebhooks = () => useQuery(webhooksQueryOptions());
