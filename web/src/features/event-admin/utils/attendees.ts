/** The attendee list's groups and counts, and when staff may check people in (the API's window). */
import type { Event, Registration } from '@popdesk/shared';

const HOUR = 3_600_000;

export function attendeeGroups(list: Registration[]) {
  const holding = list
    .filter((r) => r.status === 'registered' || r.status === 'attended')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const waiting = list
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.createdAt.localeCompare(b.createdAt));
  const cancelled = list.filter((r) => r.status === 'cancelled');
  return {
    holding,
    waiting,
    cancelled,
    counts: {
      registered: holding.length,
      attended: holding.filter((r) => r.status === 'attended').length,
      waitlisted: waiting.length,
      noShows: holding.filter((r) => r.noShow).length,
    },
  };
}

/** From 60 minutes before the start until 24 hours after the end, as the server allows. */
export const checkInOpen = (event: Pick<Event, 'start' | 'end'>, now: number) =>
  now >= Date.parse(event.start) - HOUR && now <= Date.parse(event.end) + 24 * HOUR;

/** Staff add walk-ins while the event has not ended (and before it starts). */
export const walkInOpen = (event: Pick<Event, 'end' | 'status'>, now: number) =>
  event.status === 'scheduled' && now < Date.parse(event.end);

/** The name staff see: the account holder's, the walk-in's, or null for an erased account. */
export const attendeeName = (r: Registration) => r.userName ?? r.guestName ?? null;
