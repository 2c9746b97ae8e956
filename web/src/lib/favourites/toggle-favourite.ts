import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FavouriteDesk } from '@popdesk/shared';
import { api } from '../api-client';
import { favouritesQueryOptions } from './get-favourites';

/** `PUT /me/favourites/:deskId`: the new favourite (201), or nothing when it already was one (204). */
export const markFavourite = (deskId: string) =>
  api<FavouriteDesk | undefined>(`/me/favourites/${encodeURIComponent(deskId)}`, { method: 'PUT' });

/** `DELETE /me/favourites/:deskId` (204 also when it was none). */
export const unmarkFavourite = (deskId: string) =>
  api<undefined>(`/me/favourites/${encodeURIComponent(deskId)}`, { method: 'DELETE' });

export interface ToggleFavouriteInput {
  deskId: string;
  /** true: mark it; false: unmark it */
  favourite: boolean;
}

/** Marks or unmarks a desk; the list follows at once and is then fetched again. */
export function useToggleFavourite() {
  const queryClient = useQueryClient();
  const { queryKey } = favouritesQueryOptions();
  return useMutation({
    mutationFn: async ({ deskId, favourite }: ToggleFavouriteInput) =>
      favourite ? markFavourite(deskId) : unmarkFavourite(deskId),
    onSuccess: (added, { deskId, favourite }) =>
      queryClient.setQueryData<FavouriteDesk[]>(queryKey, (list = []) =>
        favourite
          ? added && !list.some((f) => f.deskId === deskId)
            ? [...list, added]
            : list
          : list.filter((f) => f.deskId !== deskId),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
