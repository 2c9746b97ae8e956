/** Fixtures through the public API, as an admin would set a space up. */
import { randomUUID } from 'node:crypto';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { ADMIN, TZ } from './constants';

export interface Fixture {
  space: { id: string; name: string };
  desks: { id: string; name: string }[];
}

async function call<T>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<T> {
  const res = await fetch(`${base}/api${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const adminToken = async (base: string) =>
  (await call<{ token: string }>(base, '/auth/login', { method: 'POST', body: ADMIN })).token;

/** The local date in Berlin, `days` from today. */
export function berlinDate(days = 0): string {
  const now = new TZDate(Date.now(), TZ);
  return format(new TZDate(now.getFullYear(), now.getMonth(), now.getDate() + days, 12, 0, TZ), 'yyyy-MM-dd');
}

/** The instant of a Berlin wall-clock time on a date. */
export function berlinInstant(date: string, time: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, h, min, TZ).getTime()).toISOString();
}

export async function createSpace(
  base: string,
  token: string,
  opts: {
    name: string;
    town: string;
    address?: string;
    description?: string;
    desks: string[];
    opens?: string;
    closes?: string;
    days?: number[];
    opensOn?: string;
    closesOn?: string;
    checkInRequired?: boolean;
    minBookingMinutes?: number;
  },
): Promise<Fixture> {
  const space = await call<{ id: string; name: string }>(base, '/spaces', {
    method: 'POST',
    token,
    body: {
      name: opts.name,
      town: opts.town,
      timezone: TZ,
      ...(opts.address ? { address: opts.address } : {}),
      ...(opts.description ? { description: opts.description } : {}),
      ...(opts.opensOn ? { opensOn: opts.opensOn } : {}),
      ...(opts.closesOn ? { closesOn: opts.closesOn } : {}),
      ...(opts.checkInRequired !== undefined ? { checkInRequired: opts.checkInRequired } : {}),
      ...(opts.minBookingMinutes !== undefined ? { minBookingMinutes: opts.minBookingMinutes } : {}),
    },
  });
  const days = opts.days ?? [1, 2, 3, 4, 5, 6, 7];
  await call(base, `/spaces/${space.id}/opening-hours`, {
    method: 'PUT',
    token,
    body: days.map((weekday) => ({ weekday, opens: opts.opens ?? '08:00', closes: opts.closes ?? '18:00' })),
  });
  const desks = [];
  for (const name of opts.desks)
    desks.push(
      await call<{ id: string; name: string }>(base, `/spaces/${space.id}/desks`, {
        method: 'POST',
        token,
        body: { name },
      }),
    );
  return { space, desks };
}

export async function registerUser(base: string, name = 'Erika Muster') {
  const email = `e2e-${randomUUID().slice(0, 8)}@popdesk.test`;
  const password = 'correct-horse-battery';
  const answer = await call<{ token: string; user: { id: string } }>(base, '/auth/register', {
    method: 'POST',
    body: { email, password, name, group: 'commuter' },
  });
  return { ...answer, email, password, name };
}

export const book = (base: string, token: string, deskId: string, start: string, end: string) =>
  call<{ id: string; status: string }>(base, '/bookings', { method: 'POST', token, body: { deskId, start, end } });

export const getBooking = (base: string, token: string, id: string) =>
  call<{ id: string; status: string }>(base, `/bookings/${id}`, { token });

/** Admin: make someone staff of some spaces (or admin, or coworker again). */
export const setRole = (
  base: string,
  token: string,
  userId: string,
  role: 'coworker' | 'staff' | 'admin',
  spaceIds: string[] = [],
) =>
  call<{ id: string; role: string }>(base, `/users/${userId}/role`, { method: 'PUT', token, body: { role, spaceIds } });

/** Staff and admins book for someone (`userId`) or a walk-in guest (`guestName`), in the past too. */
export const bookFor = (
  base: string,
  token: string,
  body: { deskId: string; start: string; end: string; userId?: string; guestName?: string },
) => call<{ id: string; status: string }>(base, '/bookings', { method: 'POST', token, body });

export const checkIn = (base: string, token: string, id: string) =>
  call<{ id: string; status: string }>(base, `/bookings/${id}/check-in`, { method: 'POST', token });

export interface EventBody {
  title: string;
  kind: 'workshop' | 'trial_day' | 'meeting' | 'other';
  start: string;
  end: string;
  capacity: number;
  description?: string;
  deskIds?: string[];
  public?: boolean;
}

/** Staff of the space or admins: an event (start and end as instants inside one opening interval). */
export const createEvent = (base: string, token: string, spaceId: string, body: EventBody) =>
  call<{ id: string; status: string; registered: number; waitlisted: number }>(base, `/spaces/${spaceId}/events`, {
    method: 'POST',
    token,
    body,
  });

export interface EventRegistration {
  id: string;
  userId: string | null;
  status: 'registered' | 'waitlisted' | 'cancelled' | 'attended';
  position: number | null;
  userName?: string | null;
  guestName?: string | null;
}

/** Someone registers for an event (`{}`), or staff add a walk-in (`{guestName}`) or a person (`{userId}`). */
export const registerForEvent = (
  base: string,
  token: string,
  eventId: string,
  body: { guestName?: string; userId?: string } = {},
) => call<EventRegistration>(base, `/events/${eventId}/registrations`, { method: 'POST', token, body });

/** Staff of the space or admins: an event's registrations, with names. */
export const eventRegistrations = (base: string, token: string, eventId: string) =>
  call<EventRegistration[]>(base, `/events/${eventId}/registrations`, { token });
