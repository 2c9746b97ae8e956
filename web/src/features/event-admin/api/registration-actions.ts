import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Registration } from '@popdesk/shared';
import { api } from '../../../lib/api-client';
import { EVENTS_KEY } from './get-space-events';

/** `POST /events/:id/registrations` `{guestName}`: staff record a walk-in participant, attended at once. */
export const addWalkIn = (eventId: string, guestName: string) =>
  api<Registration>(`/events/${encodeURIComponent(eventId)}/registrations`, {
    method: 'POST',
    body: { guestName: guestName.trim() },
  });

/** `POST /registrations/:id/check-in` → the registration, `attended`. */
export const checkInRegistration = (registrationId: string) =>
  api<Registration>(`/registrations/${encodeURIComponent(registrationId)}/check-in`, { method: 'POST' });

/** The attendee list's actions; the list and the event's counts refetch after each. */
function useRegistrationMutation<A>(fn: (arg: A) => Promise<unknown>, onSuccess?: (arg: A) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (_r, arg) => onSuccess?.(arg),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
}

export const useAddWalkIn = (eventId: string, onSuccess?: (name: string) => void) =>
  useRegistrationMutation((name: string) => addWalkIn(eventId, name), onSuccess);

export const useCheckInRegistration = (onSuccess?: (r: Registration) => void) =>
  useRegistrationMutation((r: Registration) => checkInRegistration(r.id), onSuccess);
