/**
 * Staff cancelling with a message: one booking (`POST /api/bookings/:id/cancel {message}`) or many
 * at once (`POST /api/bookings/cancel-many`, all or nothing). The holder's cancellation e-mail, in
 * their language, quotes the message; guests get none. And no confirmation e-mail for a booking
 * that staff record after it has ended.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Booking } from '@popdesk/shared';
import { auth, book, createSpace, expectProblem, makeStaff, registerUser, startApp, type TestApp } from '../harness.js';
import { booked, getBooking } from './fixtures.js';
import { mailForExport } from '../../src/features/mail/outbox-repo.js';

const NOW = '2027-10-20T10:00:00Z';
const SLOT = { start: '2027-10-21T07:00:00Z', end: '2027-10-21T10:00:00Z' };

describe('cancelling with a message', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: NOW });
  });
  afterEach(() => t.setNow(NOW));
  afterAll(() => t.close());

  const mails = (userId: string) => mailForExport(t.app.db, userId);
  const cancel = (token: string, id: string, body?: object) => {
    const req = t.http().post(`/api/bookings/${id}/cancel`).set(auth(token));
    return body === undefined ? req : req.send(body);
  };
  const cancelMany = (token: string, body: object) =>
    t.http().post('/api/bookings/cancel-many').set(auth(token)).send(body);

  async function scene() {
    const space = await createSpace(t, { desks: 3 });
    const staff = await makeStaff(t, [space.id]);
    const en = await registerUser(t, { name: 'Ada' });
    await t.http().patch('/api/me').set(auth(en.token)).send({ locale: 'en' }).expect(200);
    const de = await registerUser(t, { name: 'Bert' });
    return { space, staff, en, de };
  }

  it('quotes the staff message in the holder’s language (English and German)', async () => {
    const s = await scene();
    const a = await booked(t, s.en.token, { deskId: s.space.deskIds[0], ...SLOT });
    const b = await booked(t, s.de.token, { deskId: s.space.deskIds[1], ...SLOT });
    const message = 'Heating broken.\nSorry – try Friday!';
    await cancel(s.staff.token, a.id, { message }).expect(200);
    await cancel(s.staff.token, b.id, { message: 'Heizung kaputt.' }).expect(200);

    const [enMail] = (await mails(s.en.id)).filter((m) => m.kind === 'booking_cancellation');
    expect(enMail!.subject).toMatch(/^Booking cancelled/);
    expect(enMail!.body).toContain('Message from the space’s team:\n> Heating broken.\n> Sorry – try Friday!');
    const [deMail] = (await mails(s.de.id)).filter((m) => m.kind === 'booking_cancellation');
    expect(deMail!.subject).toMatch(/^Buchung storniert/);
    expect(deMail!.body).toContain('Nachricht vom Team des Space:\n> Heizung kaputt.');
  });

  it('still cancels without a body, and without a message says nothing of one', async () => {
    const s = await scene();
    const a = await booked(t, s.de.token, { deskId: s.space.deskIds[0], ...SLOT });
    expect((await cancel(s.staff.token, a.id).expect(200)).body.status).toBe('cancelled');
    const [mail] = (await mails(s.de.id)).filter((m) => m.kind === 'booking_cancellation');
    expect(mail!.body).not.toContain('Nachricht vom Team');
    expect(mail!.body).toContain('Der Platz ist wieder frei.');
  });

  it('refuses a message from the holder (403), control characters and over-long text (400)', async () => {
    const s = await scene();
    const a = await booked(t, s.de.token, { deskId: s.space.deskIds[0], ...SLOT });
    expectProblem(await cancel(s.de.token, a.id, { message: 'bye' }), 403);
    expectProblem(await cancel(s.staff.token, a.id, { message: 'line\r\nbreak' }), 400);
    expectProblem(await cancel(s.staff.token, a.id, { message: 'bell\u0007' }), 400);
    expectProblem(await cancel(s.staff.token, a.id, { message: 'x'.repeat(1001) }), 400);
    expect((await getBooking(t, s.de.token, a.id)).status).toBe('confirmed');
    // the holder cancelling with an empty body is fine
    expect((await cancel(s.de.token, a.id, {}).expect(200)).body.status).toBe('cancelled');
  });

  it('cancel-many: cancels all, one e-mail per person with the message, guests get none', async () => {
    const s = await scene();
    const a1 = await booked(t, s.en.token, { deskId: s.space.deskIds[0], ...SLOT });
    const a2 = await booked(t, s.en.token, {
      deskId: s.space.deskIds[0],
      start: '2027-10-21T11:00:00Z',
      end: '2027-10-21T12:00:00Z',
    });
    const b = await booked(t, s.de.token, { deskId: s.space.deskIds[1], ...SLOT });
    const guest = await booked(t, s.staff.token, { deskId: s.space.deskIds[2], ...SLOT, guestName: 'Walk In' });
    const already = await booked(t, s.de.token, {
      deskId: s.space.deskIds[1],
      start: '2027-10-21T11:00:00Z',
      end: '2027-10-21T12:00:00Z',
    });
    await cancel(s.de.token, already.id).expect(200);
    const before = (await mails(s.de.id)).length;

    const res = await cancelMany(s.staff.token, {
      bookingIds: [a1.id, a2.id, b.id, guest.id, already.id],
      message: 'Closed for the flood.',
    }).expect(200);
    const cancelled = res.body.cancelled as Booking[];
    expect(cancelled.map((x) => x.id).sort()).toEqual([a1.id, a2.id, b.id, guest.id, already.id].sort());
    expect(cancelled.every((x) => x.status === 'cancelled')).toBe(true);
    expect(res.body.unchanged).toEqual([]);
    expect(cancelled.find((x) => x.id === b.id)).toMatchObject({ userName: 'Bert' });

    const enMails = (await mails(s.en.id)).filter((m) => m.kind === 'booking_cancellation');
    expect(enMails).toHaveLength(1);
    expect(enMails[0]!.body).toContain('> Closed for the flood.');
    const deMails = await mails(s.de.id);
    // one new e-mail for Bert: the booking cancelled now (the already cancelled one sends nothing)
    expect(deMails).toHaveLength(before + 1);
    const told = deMails.filter((m) => m.body.includes('Nachricht vom Team des Space:\n> Closed for the flood.'));
    expect(told.map((m) => [m.kind, m.bookingId])).toEqual([['booking_cancellation', b.id]]);
  });

  it('cancel-many: all or nothing — 403 if one booking is in another space, 404 for an unknown id', async () => {
    const s = await scene();
    const other = await createSpace(t);
    const mine = await booked(t, s.de.token, { deskId: s.space.deskIds[0], ...SLOT });
    const theirs = await booked(t, s.en.token, { deskId: other.deskIds[0], ...SLOT });
    expectProblem(await cancelMany(s.staff.token, { bookingIds: [mine.id, theirs.id] }), 403);
    expect((await getBooking(t, s.de.token, mine.id)).status).toBe('confirmed');
    expectProblem(
      await cancelMany(s.staff.token, { bookingIds: [mine.id, '00000000-0000-4000-8000-000000000000'] }),
      404,
    );
    expect((await getBooking(t, s.de.token, mine.id)).status).toBe('confirmed');
    // coworkers (even for their own booking) and analysts may not
    expectProblem(await cancelMany(s.de.token, { bookingIds: [mine.id] }), 403);
    const analyst = await registerUser(t);
    await t.http().put(`/api/users/${analyst.id}/role`).set(auth(t.adminToken)).send({ role: 'analyst' }).expect(200);
    expectProblem(await cancelMany(analyst.token, { bookingIds: [mine.id] }), 403);
    // the shape is checked: 1–200 ids, unique
    expectProblem(await cancelMany(s.staff.token, { bookingIds: [] }), 400);
    expectProblem(await cancelMany(s.staff.token, { bookingIds: [mine.id, mine.id] }), 400);
    expectProblem(await cancelMany(s.staff.token, { bookingIds: [mine.id], message: 'a\u0000b' }), 400);
    // an admin may cancel across spaces
    const res = await cancelMany(t.adminToken, { bookingIds: [mine.id, theirs.id] }).expect(200);
    expect((res.body.cancelled as Booking[]).map((x) => x.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('cancel-many frees the desks for booking again', async () => {
    const s = await scene();
    const mine = await booked(t, s.de.token, { deskId: s.space.deskIds[0], ...SLOT });
    await cancelMany(s.staff.token, { bookingIds: [mine.id] }).expect(200);
    await book(t, s.en.token, { deskId: s.space.deskIds[0], ...SLOT }).expect(201);
  });
});

describe('no confirmation for a booking recorded after it ended', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({ now: '2027-12-03T10:00:00Z' });
  });
  afterAll(() => t.close());

  it('sends no confirmation (and no invitation) when staff record a past booking; a future one is confirmed', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const person = await registerUser(t, { name: 'Past Person' });
    // Thursday 15 July 2027, 09:00–12:00 in Berlin: long over on 3 December
    const past = await book(t, staff.token, {
      deskId: space.deskIds[0],
      start: '2027-07-15T07:00:00Z',
      end: '2027-07-15T10:00:00Z',
      userId: person.id,
    }).expect(201);
    expect(past.body.userName).toBe('Past Person');
    expect(await mailForExport(t.app.db, person.id)).toEqual([]);
    // earlier today and already over (a walk-in entered late): no mail either
    await book(t, staff.token, {
      deskId: space.deskIds[0],
      start: '2027-12-03T08:00:00Z',
      end: '2027-12-03T09:00:00Z',
      userId: person.id,
    }).expect(201);
    expect(await mailForExport(t.app.db, person.id)).toEqual([]);
    // a booking still ahead is confirmed
    const future = await book(t, staff.token, {
      deskId: space.deskIds[0],
      start: '2027-12-06T08:00:00Z',
      end: '2027-12-06T09:00:00Z',
      userId: person.id,
    }).expect(201);
    const queued = await mailForExport(t.app.db, person.id);
    expect(queued.map((m) => [m.kind, m.bookingId])).toEqual([['booking_confirmation', future.body.id]]);
  });

  it('confirms only the dates of a series that are still ahead', async () => {
    const space = await createSpace(t);
    const staff = await makeStaff(t, [space.id]);
    const person = await registerUser(t, { name: 'Series Person' });
    // Thursdays 25 November, 2 December (both over) and 9 December 2027
    const res = await t.http().post('/api/bookings/series').set(auth(staff.token)).send({
      deskId: space.deskIds[0],
      firstDate: '2027-11-25',
      startTime: '09:00',
      endTime: '10:00',
      weeks: 3,
      mode: 'atomic',
      userId: person.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const queued = await mailForExport(t.app.db, person.id);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.body).toContain('9. Dezember 2027');
    expect(queued[0]!.body).not.toContain('25. November');
    expect(queued[0]!.body).not.toContain('2. Dezember');
    expect(queued[0]!.attachments).toEqual(['popdesk-booking.ics']);
  });
});
