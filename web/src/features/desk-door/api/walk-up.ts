import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Booking, WalkUpBody } from '@popdesk/shared';
import { apiFetch } from '../../../lib/api-client';

export interface WalkedUp {
  booking: Booking;
  /** true: a new booking (201); false: the caller's own booking, now checked in (200) */
  created: boolean;
}

/** `POST /api/desks/:deskId/walk-up`: checks in the caller's booking, or books the desk from now and checks in. */
export async function walkUp(deskId: string, body: WalkUpBody): Promise<WalkedUp> {
  const res = await apiFetch(`/desks/${encodeURIComponent(deskId)}/walk-up`, { method: 'POST', body });
  return { booking: (await res.json()) as Booking, created: res.status === 201 };
}

/** Walks up to the desk; whatever the answer, the desk's state is asked again (it may have changed). */
export function useWalkUp(deskId: string, onDone: (result: WalkedUp) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: WalkUpBody) => walkUp(deskId, body),
    onSuccess: onDone,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['desks', deskId, 'door'] }),
  });
}
