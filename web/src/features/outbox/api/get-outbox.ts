import { queryOptions, useQuery } from '@tanstack/react-query';
import { ADMIN_LIST_MAX, type OutboxMessage, type OutboxStatus } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export interface OutboxFilter {
  status?: OutboxStatus;
  /** The newest `limit` messages (the API pages by limit only, at most 500). */
  limit: number;
}

export const OUTBOX_PAGE = 50;
export const OUTBOX_MAX = ADMIN_LIST_MAX;

export function getOutbox({ status, limit }: OutboxFilter) {
  const params = new URLSearchParams({ limit: String(limit) });
  if (status) params.set('status', status);
  return api<OutboxMessage[]>(`/admin/outbox?${params}`);
}

/** Admins: the e-mails queued, sent and failed, newest first. Without a filter the key covers every list. */
export const outboxQueryOptions = (filter?: OutboxFilter) =>
  queryOptions({
    queryKey: ['outbox', filter ?? {}],
    queryFn: () => getOutbox(filter ?? { limit: OUTBOX_PAGE }),
    staleTime: 10_000,
  });

/** "Load more" asks for a longer list; the shorter one of the same status stays on screen meanwhile. */
export const useOutbox = (filter: OutboxFilter) =>
  useQuery({
    ...outboxQueryOptions(filter),
    placeholderData: (previous, previousQuery) =>
      (previousQuery?.queryKey[1] as Partial<OutboxFilter> | undefined)?.status === filter.status
        ? previous
        : undefined,
  });
