import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WaitlistEntry } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

export const getMyWaitlist = () => api<WaitlistEntry[]>('/me/waitlist');

export const myWaitlistQueryOptions = () => queryOptions({ queryKey: ['waitlist', 'mine'], queryFn: getMyWaitlist });

export const useMyWaitlist = () => useQuery(myWaitlistQueryOptions());
