import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { User, UserContact } from '@popdesk/shared';
import { api } from '../api-client';

const path = (q: string) => `/users?q=${encodeURIComponent(q)}&limit=20`;

/** Admins: accounts whose e-mail or name contains `q` (used to assign roles). */
export const findUsers = (q: string) => api<User[]>(path(q));

/**
 * Someone to book for: admins find every account; staff the people who have booked in their
 * spaces, and anyone by the exact e-mail address (the API answers them id, name and e-mail only).
 */
export const findContacts = (q: string) => api<UserContact[]>(path(q));

/** Without `q` the key is a prefix of every search, for invalidating them all after a change. */
export const usersQueryOptions = (q?: string) =>
  queryOptions({
    queryKey: ['users', q === undefined ? {} : { q }],
    queryFn: () => findUsers(q ?? ''),
    staleTime: 30_000,
  });

export const contactsQueryOptions = (q: string) =>
  queryOptions({ queryKey: ['users', { q, contacts: true }], queryFn: () => findContacts(q), staleTime: 30_000 });

export const useFindUsers = (q: string, enabled = true) =>
  useQuery({ ...usersQueryOptions(q), enabled: enabled && q.trim().length >= 2, placeholderData: keepPreviousData });

export const useFindContacts = (q: string, enabled = true) =>
  useQuery({ ...contactsQueryOptions(q), enabled: enabled && q.trim().length >= 2, placeholderData: keepPreviousData });
