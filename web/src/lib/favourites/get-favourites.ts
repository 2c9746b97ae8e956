import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FavouriteDesk } from '@popdesk/shared';
import { api } from '../api-client';
import { useIsLoggedIn } from '../auth-token';

/** `GET /me/favourites`: the caller's favourite desks, in the order they were marked. */
export const getFavourites = () => api<FavouriteDesk[]>('/me/favourites');

export const favouritesQueryOptions = () =>
  queryOptions({ queryKey: ['me', 'favourites'], queryFn: getFavourites, staleTime: 60_000 });

/** The favourites of whoever is signed in (nothing is asked for while signed out). */
export function useFavourites() {
  const loggedIn = useIsLoggedIn();
  return useQuery({ ...favouritesQueryOptions(), enabled: loggedIn });
}

/** The ids of the caller's favourite desks, or null while they are not known (signed out, loading, failed). */
export function useFavouriteIds(): Set<string> | null {
  const favourites = useFavourites();
  if (!favourites.data) return null;
  return new Set(favourites.data.map((f) => f.deskId));
}
