import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Registration } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** `GET /me/registrations`: my event registrations, each with its event, upcoming first; cancelled ones left out. */
export const getMyRegistrations = () => api<Registration[]>('/me/registrations');

/** The events pages invalidate `['registrations']` after registering or cancelling there. */
export const myRegistrationsQueryOptions = () =>
  queryOptions({ queryKey: ['registrations', 'mine'], queryFn: getMyRegistrations });

export const useMyRegistrations = () => useQuery(myRegistrationsQueryOptions());
