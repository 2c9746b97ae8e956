/**
 * A registration as the API answers with it. Names (the account's name, a walk-in guest's name) and
 * the no-show flag are for the event's staff and admins only (`staffView`); a person sees their own
 * registrations without them.
 */
import type { Registration } from '@popdesk/shared';
import type { PlacedRegistration } from './registrations-repo.js';

export function toRegistrationDto({ row, position }: PlacedRegistration): Registration {
  return {
    id: row.id,
    eventId: row.eventId,
    userId: row.userId,
    status: row.status,
    position: row.status === 'waitlisted' ? position : null,
    createdAt: row.createdAt.toISOString(),
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
  };
}

/** The staff's view: with names, and once the event has ended whether a registered person never came. */
export function toStaffRegistrationDto(
  r: PlacedRegistration & { userName: string | null },
  event: { endAt: Date },
  now: Date,
): Registration {
  return {
    ...toRegistrationDto(r),
    userName: r.userName,
    guestName: r.row.guestName,
    noShow: r.row.status === 'registered' && now.getTime() >= event.endAt.getTime(),
  };
}

/**
 * The UID of a registration's calendar entry, the same in the person's feed and in the e-mails
 * about it, so that a calendar app keeps one entry (ids are UUIDs: no booking has the same).
 */
export const registrationUid = (registrationId: string) => `${registrationId}@popdesk`;
