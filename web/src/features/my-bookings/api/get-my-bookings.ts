import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Booking } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** For a coworker, GET /bookings answers their own bookings. */
export const getMyBookings = () => api<Booking[]>('/bookings');

export const myBookingsQueryOptions = () => queryOptions({ queryKey: ['bookings', 'mine'], queryFn: getMyBookings });

export const useMyBookings = () => useQuery(myBookingsQueryOptions());
