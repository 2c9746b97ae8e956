import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WebhookDelivery } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const DELIVERIES_LIMIT = 50;

export const getDeliveries = (webhookId: string) =>
  api<WebhookDelivery[]>(`/admin/webhooks/${encodeURIComponent(webhookId)}/deliveries?limit=${DELIVERIES_LIMIT}`);

/** A webhook's delivery log, newest first; sending happens in the background, so it refreshes while open. */
export const deliveriesQueryOptions = (webhookId: string) =>
  queryOptions({
    queryKey: ['webhooks', webhookId, 'deliveries'],
    queryFn: () => getDeliveries(webhookId),
    staleTime: 0,
    refetchInterval: 15_000,
  });

export const useDeliveries = (webhookId: string) => useQuery(deliveriesQueryOptions(webhookId));
