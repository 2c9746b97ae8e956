import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Board } from '@popdesk/shared';
import { api } from '../../../lib/api-client';

/** How often the board asks again: the server lets a shared cache answer for half of it. */
export const BOARD_REFRESH_MS = 30_000;

/**
 * `GET /api/spaces/:id/board` (public). Asked without a token: a tablet at the entrance is nobody's,
 * and an expired token must never send the kiosk to the login page.
 */
export const getBoard = (spaceId: string) =>
  api<Board>(`/spaces/${encodeURIComponent(spaceId)}/board`, { anonymous: true });

export const boardQueryOptions = (spaceId: string) =>
  queryOptions({
    queryKey: ['spaces', spaceId, 'board'],
    queryFn: () => getBoard(spaceId),
    staleTime: 0,
    refetchInterval: BOARD_REFRESH_MS,
    // a kiosk is never "in focus": it refreshes in the background too
    refetchIntervalInBackground: true,
  });

export const useBoard = (spaceId: string) => useQuery(boardQueryOptions(spaceId));
