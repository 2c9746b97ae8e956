/**
 * Small helpers shared by the booking tests. Times are written as UTC instants on purpose:
 * in Europe/Berlin, local = UTC+2 until 2027-10-31 03:00 CEST and UTC+1 after it.
 */
import { expect } from 'vitest';
import type { Availability, Booking, CreateBookingBody } from '@popdesk/shared';
import { auth, book, type TestApp } from '../harness.js';

/**
 * A booking request as the tests write it: the shared `CreateBookingBody`, except that `deskId` is
 * often `space.deskIds[i]` and so typed `string | undefined` (an undefined one fails the request).
 */
export type BookingRequest = Omit<CreateBookingBody, 'deskId'> & { deskId: CreateBookingBody['deskId'] | undefined };

/** Books and insists on 201; returns the booking. */
export async function booked(
  t: TestApp,
  token: string,
  body: BookingRequest,
  headers: Record<string, string> = {},
): Promise<Booking> {
  const res = await book(t, token, body, headers);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Booking;
}

export async function getBooking(t: TestApp, token: string, id: string): Promise<Booking> {
  const res = await t.http().get(`/api/bookings/${id}`).set(auth(token));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Booking;
}

export async function listBookings(t: TestApp, token: string, query: Record<string, string> = {}): Promise<Booking[]> {
  const res = await t.http().get('/api/bookings').query(query).set(auth(token));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Booking[];
}

export async function availability(t: TestApp, spaceId: string, date: string): Promise<Availability> {
  const res = await t.http().get(`/api/spaces/${spaceId}/availability`).query({ date });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Availability;
}

export const freeOf = (a: Availability, deskId: string | undefined) => {
  const desk = a.desks.find((d) => d.deskId === deskId);
  if (!desk) throw new Error(`desk ${deskId} not in availability`);
  return desk.free;
};

/** Adds a desk with the given fields to a space (as admin); returns its id. */
export async function addDesk(
  t: TestApp,
  spaceId: string,
  fields: { activeFrom?: string; activeUntil?: string } = {},
): Promise<string> {
  const res = await t
    .http()
    .post(`/api/spaces/${spaceId}/desks`)
    .set(auth(t.adminToken))
    .send({ name: 'Extra desk', ...fields });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

/** Opening hours for every day of the week. */
export const everyDay = (opens: string, closes: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens, closes }));

export const hoursBetween = (start: string, end: string) => (Date.parse(end) - Date.parse(start)) / 3_600_000;

export const minutesBefore = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) - minutes * 60_000).toISOString();
export const minutesAfter = (iso: string, minutes: number) =>
  new Date(Date.parse(iso) + minutes * 60_000).toISOString();
