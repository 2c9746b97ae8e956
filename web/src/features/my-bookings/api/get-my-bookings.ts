import { queryOptions, useQuery } from '@tanstack/react-query';
import { getBookings } from '../../../lib/bookings/get-bookings';

/** For a coworker, GET /bookings answers their own bookings. */
export const getMyBookings = () => getBookings();

export const myBookingsQueryOptions = () => queryOptions({ queryKey: ['bookings', 'mine'], queryFn: getMyBookings });

export const useMyBookings = () => useQuery(myBookingsQueryOptions());
