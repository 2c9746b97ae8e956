/**
 * An event as the API answers with it (shared/src/events.ts `Event`), and who may see which. What
 * staff of the event's space and admins see beyond everyone else: non-public events, cancelled ones
 * in lists, and the number checked in (`attended`).
 */
import type { Event } from '@popdesk/shared';
import type { AuthUser } from '../../lib/auth-user.js';
import { canManageSpace } from '../accounts/access.js';
import type { EventRecord } from './events-repo.js';

/** Staff of the event's space and admins. */
export const managesEvent = (viewer: AuthUser | null, record: { event: { spaceId: string } }) =>
  viewer !== null && canManageSpace(viewer, record.event.spaceId);

/** Public events to everyone; non-public ones to staff of their space and admins only. */
export const maySeeEvent = (viewer: AuthUser | null, record: { event: { public: boolean; spaceId: string } }) =>
  record.event.public || managesEvent(viewer, record);

/** The event's public page in the web app, under PUBLIC_URL (null without one: no guessed host). */
export const eventPageUrl = (publicUrl: string | null, eventId: string): string | null =>
  publicUrl ? `${publicUrl.replace(/\/+$/, '')}/events/${encodeURIComponent(eventId)}` : null;

export function toEventDto(record: EventRecord, opts: { viewer: AuthUser | null; publicUrl: string | null }): Event {
  const { event: e } = record;
  const url = eventPageUrl(opts.publicUrl, e.id);
  return {
    id: e.id,
    spaceId: e.spaceId,
    title: e.title,
    description: e.description,
    kind: e.kind,
    start: e.startAt.toISOString(),
    end: e.endAt.toISOString(),
    capacity: e.capacity,
    registered: record.registered,
    waitlisted: record.waitlisted,
    deskIds: record.deskIds,
    public: e.public,
    status: e.status,
    spaceName: record.spaceName,
    town: record.town,
    timezone: record.timezone,
    copiedFrom: e.copiedFrom,
    ...(managesEvent(opts.viewer, record) ? { attended: record.attended } : {}),
    ...(record.myRegistration !== undefined ? { myRegistration: record.myRegistration } : {}),
    ...(url ? { url } : {}),
  };
}
