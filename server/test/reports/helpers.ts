/** Helpers for the report tests: fetch a report, record bookings as staff, write history directly. */
import { expect } from 'vitest';
import type { MonthlyReport } from '@popdesk/shared';
import { bookings } from '../../src/db/schema.js';
import { auth, book, type TestApp } from '../harness.js';

export const ALL_DAY = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

export async function monthly(
  t: TestApp,
  spaceId: string,
  month: string,
  token = t.adminToken,
): Promise<MonthlyReport> {
  const res = await t.http().get(`/api/spaces/${spaceId}/reports/monthly?month=${month}`).set(auth(token));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as MonthlyReport;
}

/** A booking recorded by an admin (for someone, or a guest); returns its id. */
export async function record(
  t: TestApp,
  body: { deskId: string; start: string; end: string; userId?: string; guestName?: string },
): Promise<string> {
  const res = await book(t, t.adminToken, body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

export async function cancel(t: TestApp, bookingId: string, token = t.adminToken) {
  const res = await t.http().post(`/api/bookings/${bookingId}/cancel`).set(auth(token));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

export async function checkIn(t: TestApp, bookingId: string, token = t.adminToken) {
  const res = await t.http().post(`/api/bookings/${bookingId}/check-in`).set(auth(token));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/**
 * History the booking rules would refuse today (across midnight, outside today's hours): written
 * straight into the table, as an import would.
 */
export async function insertHistory(
  t: TestApp,
  row: {
    spaceId: string;
    deskId: string;
    start: string;
    end: string;
    userId?: string | null;
    status?: 'confirmed' | 'checked_in' | 'cancelled' | 'no_show';
  },
) {
  await t.app.db.insert(bookings).values({
    spaceId: row.spaceId,
    deskId: row.deskId,
    userId: row.userId ?? null,
    guestName: row.userId ? null : 'Imported guest',
    startAt: new Date(row.start),
    endAt: new Date(row.end),
    status: row.status ?? 'confirmed',
  });
}

export const hoursOf = (r: MonthlyReport, key: 'availableDeskHours' | 'bookedDeskHours' | 'occupiedDeskHours') =>
  Object.fromEntries(r.byHour.filter((h) => h[key] !== 0).map((h) => [h.hour, h[key]]));
