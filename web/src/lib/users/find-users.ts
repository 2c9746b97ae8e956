import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@popdesk/shared';
import { api } from '../api-client';

/** Admins: accounts whose e-mail or name contains `q` (used to book for someone and to assign roles). */
export const findUsers = (q: string) => api<User[]>(`/users?q=${encodeURIComponent(q)}&limit=20`);

/** Without `q` the key is a prefix of every search, for invalidating them all after a change. */
export const usersQueryOptions = (q?: string) =>
  queryOptions({
    queryKey: ['users', q === undefined ? {} : { q }],
    queryFn: () => findUsers(q ?? ''),
    staleTime: 30_000,
  });

export const useFindUsers = (q: string, enabled = true) =>
  useQuery({ ...usersQueryOptions(q), enabled: enabled && q.trim().length >= 2, placeholderData: keepPreviousData });
