import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

/** Answers like 404 do not get better by asking again; network and 5xx errors may. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500);

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      // offlineFirst: ask even when the browser says it is offline, for the service worker answers
      // some reads (my bookings, the desk page) from what it saved; retries wait for the network
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true, networkMode: 'offlineFirst' },
      mutations: { retry: false },
    },
  });
}
