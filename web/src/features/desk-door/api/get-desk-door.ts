import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DeskDoor } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { useIsLoggedIn } from '../../../lib/auth-token';

/**
 * `GET /api/desks/:deskId/door`: public; with the token it also answers the caller's own booking of
 * the desk that runs now or starts soon (`myBooking`). Signed in or not is part of the key, so
 * logging in, out, or a token the server dropped asks again.
 */
export const getDeskDoor = (deskId: string) => api<DeskDoor>(`/desks/${encodeURIComponent(deskId)}/door`);

export const deskDoorQueryOptions = (deskId: string, signedIn: boolean) =>
  queryOptions({
    queryKey: ['desks', deskId, 'door', signedIn ? 'signed-in' : 'anonymous'],
    queryFn: () => getDeskDoor(deskId),
    // the desk's state changes with the clock and with others' bookings
    staleTime: 30_000,
    refetchInterval: 60_000,
  });

export function useDeskDoor(deskId: string) {
  const signedIn = useIsLoggedIn();
  return { signedIn, door: useQuery(deskDoorQueryOptions(deskId, signedIn)) };
}
