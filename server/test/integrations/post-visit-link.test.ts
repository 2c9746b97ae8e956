/**
 * The booking confirmation invites to the space's post-visit survey: when the space has an open
 * survey built from the `post-visit` template (the newest, if several), the mail carries one line
 * linking `${PUBLIC_URL}/umfrage/<id>` — in German or English, for a single booking (rendered in
 * the statement that books) and for a series (queued after it) — and nothing about the person or
 * the booking. Surveys are written straight into their table: this file is about the mail.
 * (Clocks in February 2029, apart from the other test files' clocks on a shared PostgreSQL.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessage, Question } from '@popdesk/shared';
import { surveys } from '../../src/db/schema.js';
import { auth, createSpace, registerUser, startApp, type TestApp, type TestUser } from '../harness.js';
import { booked } from '../bookings/fixtures.js';

const PUBLIC_URL = 'https://buchen.musterstadt.de';
const NOW = '2029-02-05T08:00:00Z'; // Monday 09:00 in Berlin
const QUESTIONS: Question[] = [{ id: 'km', kind: 'number', text: 'Km?', measure: 'commuteKmAvoided' }];
const ALWAYS_OPEN = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

describe('post-visit survey link in the booking confirmation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startApp({
      now: NOW,
      config: {
        publicUrl: PUBLIC_URL,
        mail: { smtpUrl: null, from: 'PopDesk <no-reply@stadt.example>', maxAttempts: 3 },
      },
    });
  });
  afterAll(() => t.close());

  async function addSurvey(
    spaceId: string,
    fields: {
      template?: 'post-visit' | 'commuter' | null;
      status?: 'open' | 'closed';
      closesOn?: string;
      at?: string;
    } = {},
  ): Promise<string> {
    const [row] = await t.app.db
      .insert(surveys)
      .values({
        title: 'Nach dem Besuch',
        town: 'Oestrich-Winkel',
        spaceId,
        questions: QUESTIONS,
        template: fields.template === undefined ? 'post-visit' : fields.template,
        status: fields.status ?? 'open',
        closesOn: fields.closesOn ?? null,
        createdAt: new Date(fields.at ?? '2029-01-01T10:00:00Z'),
      })
      .returning({ id: surveys.id });
    return row!.id;
  }

  async function user(locale: 'de' | 'en'): Promise<TestUser> {
    const u = await registerUser(t);
    if (locale === 'en') await t.http().patch('/api/me').set(auth(u.token)).send({ locale }).expect(200);
    return u;
  }

  const confirmationFor = async (email: string): Promise<OutboxMessage> => {
    const all = (await t.http().get('/api/admin/outbox?limit=500').set(auth(t.adminToken)).expect(200))
      .body as OutboxMessage[];
    const mine = all.filter((m) => m.to === email && m.kind === 'booking_confirmation');
    expect(mine).toHaveLength(1);
    return mine[0]!;
  };

  /** One booking, Tuesday 10:00–12:00 in Berlin; its confirmation. */
  async function bookOnce(deskId: string, u: TestUser) {
    const b = await booked(t, u.token, { deskId, start: '2029-02-06T09:00:00Z', end: '2029-02-06T11:00:00Z' });
    return { booking: b, mail: await confirmationFor(u.email) };
  }

  it('German: links the newest open post-visit survey, nothing about the person or booking', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN });
    await addSurvey(space.id, { at: '2029-01-01T10:00:00Z' }); // older
    const newest = await addSurvey(space.id, { at: '2029-01-20T10:00:00Z' });
    await addSurvey(space.id, { template: 'commuter', at: '2029-02-01T10:00:00Z' }); // newer, but no post-visit
    const u = await user('de');
    const { booking, mail } = await bookOnce(space.deskIds[0]!, u);
    const line = `Nach Ihrem Besuch: Wie war es? Zwei Minuten, anonym: ${PUBLIC_URL}/umfrage/${newest}`;
    expect(mail.body).toContain(`\n\n${line}\n\nIhr PopDesk-Team`);
    // the survey's own address: no booking, user or e-mail in it
    const url = mail.body.split('\n').find((l) => l.includes('/umfrage/'))!;
    expect(url).toBe(line);
    for (const secret of [booking.id, u.id, u.email, encodeURIComponent(u.email)]) expect(url).not.toContain(secret);
  });

  it('English, for a weekly series too (queued after the bookings)', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN, body: { bookingHorizonDays: 60 } });
    const survey = await addSurvey(space.id);
    const u = await user('en');
    await t
      .http()
      .post('/api/bookings/series')
      .set(auth(u.token))
      .send({
        deskId: space.deskIds[0],
        firstDate: '2029-02-07',
        startTime: '09:00',
        endTime: '12:00',
        weeks: 3,
        mode: 'atomic',
      })
      .expect(201);
    const mail = await confirmationFor(u.email);
    expect(mail.locale).toBe('en');
    expect(mail.body).toContain(
      `\n\nAfter your visit: how was it? Two minutes, anonymous: ${PUBLIC_URL}/umfrage/${survey}\n\nYour PopDesk team`,
    );
  });

  it('no line without an open post-visit survey: closed, past its last day, other template, other space', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN });
    await addSurvey(space.id, { status: 'closed' });
    await addSurvey(space.id, { closesOn: '2029-02-04' }); // yesterday in Berlin
    await addSurvey(space.id, { template: null });
    await addSurvey(space.id, { template: 'commuter' });
    const other = await createSpace(t, { hours: ALWAYS_OPEN });
    await addSurvey(other.id);
    for (const locale of ['de', 'en'] as const) {
      const u = await user(locale);
      const b = await booked(t, u.token, {
        deskId: space.deskIds[locale === 'de' ? 0 : 1],
        start: '2029-02-06T09:00:00Z',
        end: '2029-02-06T11:00:00Z',
      });
      const mail = await confirmationFor(u.email);
      expect(mail.bookingId).toBe(b.id);
      expect(mail.body).not.toContain('/umfrage/');
      expect(mail.body).not.toMatch(/Nach Ihrem Besuch|After your visit/);
    }
  });

  it('a survey whose last day is today still links (the space’s local date)', async () => {
    const space = await createSpace(t, { hours: ALWAYS_OPEN });
    const survey = await addSurvey(space.id, { closesOn: '2029-02-05' });
    const u = await user('de');
    const { mail } = await bookOnce(space.deskIds[0]!, u);
    expect(mail.body).toContain(`${PUBLIC_URL}/umfrage/${survey}`);
  });
});
