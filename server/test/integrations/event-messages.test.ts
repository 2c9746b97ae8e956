/**
 * What event and registration changes cause, through the real hook (`eventChanges.emit` inside a
 * transaction, as the events feature calls it) and the subscribers the app wired: e-mails in the
 * person's language with the event's local time and an iTIP .ics, queued once; none for walk-in
 * guests, erased accounts or events that are over; webhook deliveries for subscribed webhooks only,
 * without personal data; in-app notifications when someone moves up or an event is cancelled.
 */
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventNotificationData, Notification } from '@popdesk/shared';
import { events, outbox, registrations, webhookDeliveries } from '../../src/db/schema.js';
import { eventChanges, type EventChange } from '../../src/features/events/event-changes.js';
import type { Attachment } from '../../src/features/mail/outbox-repo.js';
import { auth, createSpace, makeStaff, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';
import { parseCalendar } from './ical.js';

const NOW = '2027-10-20T10:00:00Z'; // Wednesday
// Thursday 21 October 2027, 10:00–12:00 in Berlin (CEST, UTC+2)
const THURSDAY = { startAt: new Date('2027-10-21T08:00:00Z'), endAt: new Date('2027-10-21T10:00:00Z') };
// Sunday 31 October 2027, the night the clocks go back: 10:00–12:00 CET (UTC+1)
const DST_SUNDAY = { startAt: new Date('2027-10-31T09:00:00Z'), endAt: new Date('2027-10-31T11:00:00Z') };
const PUBLIC_URL = 'https://popdesk.example';

describe('messages about events and registrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW,
      config: {
        publicUrl: PUBLIC_URL,
        mail: { smtpUrl: null, from: 'PopDesk <test@popdesk.invalid>', maxAttempts: 3 },
      },
    });
  });
  afterAll(() => t.close());

  const person = async (name: string, locale: 'de' | 'en') => {
    const user = await registerUser(t, { name });
    await t.http().patch('/api/me').set(auth(user.token)).send({ locale }).expect(200);
    return user;
  };
  const newSpace = () => createSpace(t, { body: { address: 'Rheinallee 1, 65375 Oestrich-Winkel' } });
  const newEvent = async (spaceId: string, when = THURSDAY, title = 'Transferwerkstatt') => {
    const [row] = await t.app.db
      .insert(events)
      .values({ spaceId, title, kind: 'workshop', ...when, capacity: 1, createdAt: t.now() })
      .returning();
    return row!;
  };
  const register = async (
    eventId: string,
    who: TestUser | { guestName: string },
    status: 'registered' | 'waitlisted' | 'attended' | 'cancelled',
  ) => {
    const [row] = await t.app.db
      .insert(registrations)
      .values({
        eventId,
        ...('id' in who ? { userId: who.id } : { guestName: who.guestName }),
        status,
        createdAt: t.now(),
      })
      .returning();
    // registrations made one after another, so that the waitlist has an order
    t.setNow(new Date(t.now().getTime() + 1000));
    return row!;
  };
  const emit = (change: Omit<EventChange, 'now'>) =>
    t.app.db.transaction((tx) => eventChanges.emit(tx, { ...change, now: t.now() }));
  const mailsTo = (email: string) =>
    t.app.db.select().from(outbox).where(eq(outbox.toAddress, email)).orderBy(outbox.createdAt, outbox.id);
  const ics = (mail: { attachments: unknown }) => {
    const [file, ...more] = mail.attachments as Attachment[];
    expect(more).toEqual([]);
    return { file: file!, calendar: parseCalendar(file!.content) };
  };
  const notificationsOf = async (user: TestUser) =>
    (await t.http().get('/api/me/notifications').set(auth(user.token)).expect(200)).body as Notification[];

  it('a registration: registered with the .ics, or on the waitlist at its place, in each person’s language', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const event = await newEvent(space.id);
    const bert = await person('Bert', 'de');
    const ada = await person('Ada', 'en');
    const cem = await person('Cem', 'de');
    const held = await register(event.id, bert, 'registered');
    const first = await register(event.id, cem, 'waitlisted');
    const second = await register(event.id, ada, 'waitlisted');
    for (const r of [held, first, second])
      await emit({ type: 'registration.created', eventId: event.id, spaceId: space.id, registrationIds: [r.id] });
    // the same change again (a retried transaction) queues nothing more
    await emit({ type: 'registration.created', eventId: event.id, spaceId: space.id, registrationIds: [held.id] });

    const [german, ...moreGerman] = await mailsTo(bert.email);
    expect(moreGerman).toEqual([]);
    expect(german).toMatchObject({ kind: 'event_registration', locale: 'de', userId: bert.id });
    expect(german!.subject).toBe('Sie sind angemeldet: Transferwerkstatt, Do., 21. Oktober 2027');
    expect(german!.body).toContain('Hallo Bert,');
    expect(german!.body).toContain('Do., 21. Oktober 2027, 10:00–12:00 Uhr');
    expect(german!.body).toContain('Rheinallee 1, 65375 Oestrich-Winkel');
    expect(german!.body).toContain(`${PUBLIC_URL}/events/${event.id}`);
    const { file, calendar } = ics(german!);
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(calendar.method).toBe('REQUEST');
    expect(calendar.events).toMatchObject([
      {
        uid: `${held.id}@popdesk`,
        tzid: 'Europe/Berlin',
        localStart: '2027-10-21T10:00:00',
        summary: 'Transferwerkstatt',
        status: 'CONFIRMED',
        sequence: 0,
        attendees: [{ uri: `mailto:${bert.email}`, cn: 'Bert', partstat: 'ACCEPTED' }],
      },
    ]);

    const [english] = await mailsTo(ada.email);
    expect(english).toMatchObject({ kind: 'event_registration', locale: 'en', attachments: [] });
    expect(english!.subject).toBe('On the waitlist, place 2: Transferwerkstatt');
    expect(english!.body).toContain('Thu, 21 October 2027, 10:00–12:00');
    expect((await mailsTo(cem.email))[0]!.subject).toBe('Warteliste, Platz 1: Transferwerkstatt');
  });

  it('walk-in participants, erased accounts and events that are over get no e-mail', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const event = await newEvent(space.id);
    const walkIn = await register(event.id, { guestName: 'Gast am Tisch' }, 'attended');
    const known = await person('Dora', 'de');
    // staff recorded a person with an account as there (attended): nothing to confirm
    const recorded = await register(event.id, known, 'attended');
    const erased = await person('Emil', 'de');
    const gone = await register(event.id, erased, 'waitlisted');
    await t.http().delete('/api/me').set(auth(erased.token)).expect(204);
    const past = await newEvent(space.id, {
      startAt: new Date('2027-10-19T08:00:00Z'),
      endAt: new Date('2027-10-19T10:00:00Z'),
    });
    const late = await register(past.id, await person('Fritz', 'de'), 'registered');

    await emit({
      type: 'registration.created',
      eventId: event.id,
      spaceId: space.id,
      registrationIds: [walkIn.id, recorded.id, gone.id],
    });
    await emit({ type: 'registration.created', eventId: past.id, spaceId: space.id, registrationIds: [late.id] });
    await emit({ type: 'event.cancelled', eventId: event.id, spaceId: space.id, registrationIds: [gone.id] });

    const queued = await t.app.db
      .select()
      .from(outbox)
      .where(inArray(outbox.userId, [known.id, erased.id, late.userId!]));
    expect(queued).toEqual([]);
  });

  it('moving up: an e-mail with the .ics and an in-app notification, in the person’s language', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const event = await newEvent(space.id, DST_SUNDAY, 'Schnupper-Co-Working');
    const ada = await person('Ada', 'en');
    const bert = await person('Bert', 'de');
    const a = await register(event.id, ada, 'registered');
    const b = await register(event.id, bert, 'registered');
    await emit({ type: 'registration.promoted', eventId: event.id, spaceId: space.id, registrationIds: [a.id, b.id] });
    await emit({ type: 'registration.promoted', eventId: event.id, spaceId: space.id, registrationIds: [a.id] });

    const [english, ...more] = await mailsTo(ada.email);
    expect(more).toEqual([]);
    expect(english).toMatchObject({ kind: 'event_promoted', locale: 'en' });
    expect(english!.subject).toBe('A place is free for you: you are now registered – Schnupper-Co-Working');
    // after the clocks went back: 10:00 CET is 09:00 UTC
    expect(english!.body).toContain('Sun, 31 October 2027, 10:00–12:00');
    expect(ics(english!).calendar.events).toMatchObject([
      { uid: `${a.id}@popdesk`, localStart: '2027-10-31T10:00:00', start: DST_SUNDAY.startAt, status: 'CONFIRMED' },
    ]);
    const [german] = await mailsTo(bert.email);
    expect(german!.subject).toBe('Ein Platz ist frei: Sie sind jetzt angemeldet – Schnupper-Co-Working');
    expect(german!.body).toContain('So., 31. Oktober 2027, 10:00–12:00 Uhr');

    const [inApp, ...moreInApp] = await notificationsOf(ada);
    expect(moreInApp).toEqual([]);
    expect(inApp).toMatchObject({ kind: 'event_promoted', title: 'You have moved up', readAt: null });
    expect(inApp!.message).toContain('“Schnupper-Co-Working”');
    expect(inApp!.message).toContain('Sun, 31 October 2027, 10:00–12:00');
    expect(inApp!.data as EventNotificationData).toMatchObject({
      eventId: event.id,
      registrationId: a.id,
      spaceId: space.id,
      title: 'Schnupper-Co-Working',
      start: DST_SUNDAY.startAt.toISOString(),
    });
    expect((await notificationsOf(bert))[0]).toMatchObject({ kind: 'event_promoted', title: 'Sie sind nachgerückt' });
  });

  it('an event cancelled: everyone registered or waiting is told, with the team’s message; the .ics cancels', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const event = await newEvent(space.id);
    const bert = await person('Bert', 'de');
    const ada = await person('Ada', 'en');
    const withdrawn = await person('Cem', 'de');
    const held = await register(event.id, bert, 'registered');
    const waiting = await register(event.id, ada, 'waitlisted');
    const gone = await register(event.id, withdrawn, 'cancelled');
    const guest = await register(event.id, { guestName: 'Gast' }, 'registered');
    await t.app.db.update(events).set({ status: 'cancelled', cancelledAt: t.now() }).where(eq(events.id, event.id));
    await emit({
      type: 'event.cancelled',
      eventId: event.id,
      spaceId: space.id,
      registrationIds: [held.id, waiting.id, gone.id, guest.id],
      message: 'Die Referentin ist krank.\nWir holen es nach.',
    });

    const [german] = await mailsTo(bert.email);
    expect(german).toMatchObject({ kind: 'event_cancelled', locale: 'de' });
    expect(german!.subject).toBe('Abgesagt: Transferwerkstatt, Do., 21. Oktober 2027');
    expect(german!.body).toContain('> Die Referentin ist krank.\n> Wir holen es nach.');
    const { file, calendar } = ics(german!);
    expect(file.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL');
    expect(calendar).toMatchObject({ method: 'CANCEL' });
    expect(calendar.events).toMatchObject([{ uid: `${held.id}@popdesk`, status: 'CANCELLED', sequence: 1 }]);
    // on the waitlist: told, but there is no invitation to take back
    const [english] = await mailsTo(ada.email);
    expect(english).toMatchObject({ kind: 'event_cancelled', locale: 'en', attachments: [] });
    expect(english!.subject).toBe('Cancelled: Transferwerkstatt, Thu, 21 October 2027');
    expect(english!.body).toContain('Message from the space’s team');
    expect(await mailsTo(withdrawn.email)).toEqual([]);

    const [inApp] = await notificationsOf(ada);
    expect(inApp).toMatchObject({ kind: 'event_cancelled', title: 'Event cancelled' });
    expect(inApp!.message).toContain('Message from the team: Die Referentin ist krank.');
    expect((await notificationsOf(bert))[0]).toMatchObject({
      kind: 'event_cancelled',
      title: 'Veranstaltung abgesagt',
    });
    expect(await notificationsOf(withdrawn)).toEqual([]);
  });

  it('a registration withdrawn: the person is told and the .ics cancels, in their language', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const event = await newEvent(space.id);
    const ada = await person('Ada', 'en');
    const r = await register(event.id, ada, 'cancelled');
    await emit({
      type: 'registration.cancelled',
      eventId: event.id,
      spaceId: space.id,
      registrationIds: [r.id],
      message: 'Sorry, we need the room.',
    });
    const [mail, ...more] = await mailsTo(ada.email);
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ kind: 'event_registration', locale: 'en' });
    expect(mail!.subject).toBe('Registration cancelled: Transferwerkstatt, Thu, 21 October 2027');
    expect(mail!.body).toContain('> Sorry, we need the room.');
    expect(ics(mail!).calendar.events).toMatchObject([{ uid: `${r.id}@popdesk`, status: 'CANCELLED' }]);
    // in-app messages are for moving up and cancelled events only
    expect(await notificationsOf(ada)).toEqual([]);
  });

  it('through the API: register, the waitlist, withdraw and move up, cancel — each person told once', async () => {
    t.setNow(NOW);
    const space = await newSpace();
    const staff = await makeStaff(t, [space.id]);
    const created = await t
      .http()
      .post(`/api/spaces/${space.id}/events`)
      .set(auth(staff.token))
      .send({
        title: 'Probetag',
        kind: 'trial_day',
        start: THURSDAY.startAt.toISOString(),
        end: THURSDAY.endAt.toISOString(),
        capacity: 1,
      })
      .expect(201);
    const eventId = created.body.id as string;
    const ada = await person('Ada', 'en');
    const bert = await person('Bert', 'de');
    const registerByApi = async (user: TestUser) =>
      (await t.http().post(`/api/events/${eventId}/registrations`).set(auth(user.token)).send({}).expect(201)).body;
    // a minute between the steps, so that the messages have an order
    const later = () => t.setNow(new Date(t.now().getTime() + 60_000));
    const first = await registerByApi(ada);
    later();
    expect((await registerByApi(bert)).status).toBe('waitlisted');
    later();
    await t.http().delete(`/api/registrations/${first.id}`).set(auth(ada.token)).expect(204);
    later();
    await t
      .http()
      .post(`/api/events/${eventId}/cancel`)
      .set(auth(staff.token))
      .send({ message: 'Heizung defekt.' })
      .expect(200);

    const kinds = async (user: TestUser) => (await mailsTo(user.email)).map((m) => m.kind);
    expect(await kinds(ada)).toEqual(['event_registration', 'event_registration']);
    expect((await mailsTo(ada.email)).map((m) => m.subject)).toEqual([
      'You are registered: Probetag, Thu, 21 October 2027',
      'Registration cancelled: Probetag, Thu, 21 October 2027',
    ]);
    expect(await kinds(bert)).toEqual(['event_registration', 'event_promoted', 'event_cancelled']);
    expect((await mailsTo(bert.email))[2]!.body).toContain('> Heizung defekt.');
    expect((await notificationsOf(bert)).map((n) => n.kind)).toEqual(['event_cancelled', 'event_promoted']);
    expect(await notificationsOf(ada)).toEqual([]);
  });

  it('webhooks: deliveries for subscribed webhooks only, and no personal data in them', async () => {
    t.setNow(NOW);
    const hook = async (subscribed: string[]) =>
      (
        await t
          .http()
          .post('/api/admin/webhooks')
          .set(auth(t.adminToken))
          .send({ url: `http://127.0.0.1:9/${randomUUID()}`, events: subscribed })
          .expect(201)
      ).body.id as string;
    const wanted = await hook(['event.created', 'registration.created', 'registration.cancelled']);
    const bookingsOnly = await hook(['booking.created']);
    const cancellations = await hook(['event.cancelled']);
    const deliveries = async (webhookId: string) =>
      (
        await t.app.db
          .select()
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.webhookId, webhookId))
          .orderBy(webhookDeliveries.createdAt, webhookDeliveries.id)
      ).map((d) => ({ event: d.event, raw: d.body, body: JSON.parse(d.body) }));

    const space = await newSpace();
    const event = await newEvent(space.id);
    const ada = await person('Ada Lovelace', 'en');
    await emit({ type: 'event.created', eventId: event.id, spaceId: space.id, registrationIds: [] });
    const held = await register(event.id, ada, 'registered');
    const walkIn = await register(event.id, { guestName: 'Gustav Gast' }, 'waitlisted');
    await emit({
      type: 'registration.created',
      eventId: event.id,
      spaceId: space.id,
      registrationIds: [held.id, walkIn.id],
    });
    // changes without a webhook event send nothing
    await emit({ type: 'registration.checked_in', eventId: event.id, spaceId: space.id, registrationIds: [held.id] });
    await t.app.db.update(events).set({ status: 'cancelled' }).where(eq(events.id, event.id));
    await emit({ type: 'event.cancelled', eventId: event.id, spaceId: space.id, registrationIds: [held.id] });

    const sent = await deliveries(wanted);
    // (queued at one instant: found by what they are about, not by their order)
    const ofRegistration = (id: string) => sent.find((d) => d.body.data.registration?.id === id)!;
    expect(sent.map((d) => d.event).sort()).toEqual(['event.created', 'registration.created', 'registration.created']);
    expect(sent.find((d) => d.event === 'event.created')!.body).toMatchObject({
      type: 'event.created',
      createdAt: new Date(NOW).toISOString(),
      data: {
        event: {
          id: event.id,
          spaceId: space.id,
          title: 'Transferwerkstatt',
          kind: 'workshop',
          start: THURSDAY.startAt.toISOString(),
          end: THURSDAY.endAt.toISOString(),
          capacity: 1,
          registered: 0,
          waitlisted: 0,
          deskIds: [],
          public: true,
          status: 'scheduled',
        },
        space: { id: space.id, town: 'Oestrich-Winkel', timezone: 'Europe/Berlin' },
      },
    });
    expect(ofRegistration(held.id).body.data.registration).toEqual({
      id: held.id,
      eventId: event.id,
      spaceId: space.id,
      status: 'registered',
      position: null,
      guest: false,
    });
    expect(ofRegistration(walkIn.id).body.data.registration).toMatchObject({
      id: walkIn.id,
      status: 'waitlisted',
      position: 1,
      guest: true,
    });
    expect(ofRegistration(walkIn.id).body.data.event).toMatchObject({ registered: 1, waitlisted: 1 });
    for (const { raw } of sent) {
      for (const personal of [ada.id, ada.email, 'Ada Lovelace', 'Gustav Gast']) expect(raw).not.toContain(personal);
    }
    expect(await deliveries(bookingsOnly)).toEqual([]);
    const [cancelled, ...more] = await deliveries(cancellations);
    expect(more).toEqual([]);
    expect(cancelled!.body).toMatchObject({
      type: 'event.cancelled',
      data: { event: { id: event.id, status: 'cancelled' } },
    });
    expect(cancelled!.raw).not.toContain(ada.id);
  });
});
