import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aBooking, anAvailability, anEvent, aSpace } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import type { ManagedBooking } from '../api/get-bookings';
import { TodayPage } from './today-page';

const TZ = 'Europe/Berlin';
const today = todayIn(TZ);
const day = addDays(today, 1);
const at = (time: string) => zonedInstant(day, time, TZ).toISOString();
const space = aSpace({ timezone: TZ, checkInRequired: true, deskCount: 3 });

const booking = (over: Partial<ManagedBooking>): ManagedBooking => ({
  ...aBooking({
    id: 'b',
    userId: null,
    start: at('09:00'),
    end: at('12:00'),
    createdAt: at('00:00'),
    deskName: 'Tisch 1',
  }),
  ...over,
});

const list = [
  booking({ id: 'late', deskId: 'd3', deskName: 'Tisch 3', userId: 'u3', start: at('14:00'), end: at('16:00') }),
  booking({ id: 'guest', guestName: 'Gerda Gast' }),
  booking({
    id: 'in',
    deskId: 'd2',
    deskName: 'Tisch 2',
    userId: 'u2',
    userName: 'Erika Muster',
    status: 'checked_in',
    checkedInAt: at('08:05'),
    start: at('08:00'),
    end: at('18:00'),
  }),
  booking({
    id: 'gone',
    deskId: 'd3',
    deskName: 'Tisch 3',
    userId: 'u4',
    status: 'no_show',
    start: at('08:00'),
    end: at('10:00'),
  }),
  booking({
    id: 'off',
    deskId: 'd3',
    deskName: 'Tisch 3',
    guestName: 'Otto Storno',
    status: 'cancelled',
    start: at('10:00'),
    end: at('11:00'),
  }),
];

const availability = anAvailability({
  date: day,
  timezone: TZ,
  open: [{ start: at('08:00'), end: at('18:00') }],
  desks: [
    {
      deskId: 'd1',
      name: 'Tisch 1',
      free: [
        { start: at('08:00'), end: at('09:00') },
        { start: at('12:00'), end: at('18:00') },
      ],
    },
    { deskId: 'd2', name: 'Tisch 2', free: [] },
    {
      deskId: 'd3',
      name: 'Tisch 3',
      free: [
        { start: at('08:00'), end: at('14:00') },
        { start: at('16:00'), end: at('18:00') },
      ],
    },
  ],
});

const noEvents = { 'GET /api/spaces/s1/events': () => ({ body: [] }) };

const render = (canSearchUsers = false) =>
  renderWithApp(
    <TodayPage
      spaces={[space]}
      space={space}
      date={day}
      today={today}
      onChange={() => {}}
      availability={availability}
      canSearchUsers={canSearchUsers}
    />,
  );

describe('the front desk (today)', () => {
  beforeEach(() => setToken('token'));

  it('lists who is booked in time order, with guests, status in words and the day’s counts', async () => {
    const calls = mockApi({ ...noEvents, 'GET /api/bookings': () => ({ body: list }) });
    render();
    // (`hidden: true` skips the costly visibility check: with the day timeline the page is large for jsdom)
    const byTime = await screen.findByRole('list', { name: 'Buchungen nach Uhrzeit', hidden: true });
    const rows = within(byTime).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^08:00–18:00Tisch 2Erika Musterseit 08:05Eingecheckt/),
      expect.stringMatching(/^08:00–10:00Tisch 3Registrierte PersonNicht erschienenEinchecken/),
      expect.stringMatching(/^09:00–12:00Tisch 1Gerda Gast GastBestätigtEinchecken.*Stornieren/),
      expect.stringMatching(/^14:00–16:00Tisch 3Registrierte PersonBestätigt/),
    ]);
    const stats = screen.getByText('Gebucht').closest('dl')!;
    expect(within(stats).getByText('Gebucht').nextSibling).toHaveTextContent('3');
    expect(within(stats).getByText('Eingecheckt').nextSibling).toHaveTextContent('1');
    expect(within(stats).getByText('Noch erwartet').nextSibling).toHaveTextContent('2');
    expect(within(stats).getByText('Nicht erschienen').nextSibling).toHaveTextContent('1');
    // cancelled ones are kept aside
    expect(screen.getByText('1 stornierte Buchung')).toBeInTheDocument();
    // the whole local day of the space was asked for
    expect(calls.find((c) => c.path.startsWith('/api/bookings'))!.path).toContain(
      `spaceId=s1&from=${encodeURIComponent(at('00:00'))}`,
    );
  });

  it('lists the day’s events with the way to their attendees, and shows an event on its room in the timeline', async () => {
    const calls = mockApi({
      'GET /api/bookings': () => ({ body: [] }),
      'GET /api/spaces/s1/events': () => ({
        body: [
          anEvent({
            id: 'e2',
            title: 'Schnuppertag',
            start: at('13:00'),
            end: at('17:00'),
            registered: 6,
            capacity: 6,
            waitlisted: 2,
          }),
          anEvent({ id: 'e1', title: 'Werkstatt', start: at('09:00'), end: at('11:00'), status: 'cancelled' }),
        ],
      }),
    });
    const withRoom = {
      ...availability,
      desks: [
        ...availability.desks,
        {
          deskId: 'r1',
          name: 'Konferenztisch',
          kind: 'room' as const,
          seats: 10,
          free: [{ start: at('08:00'), end: at('13:00') }],
          events: [{ eventId: 'e2', title: 'Schnuppertag', start: at('13:00'), end: at('17:00') }],
        },
      ],
    };
    renderWithApp(
      <TodayPage
        spaces={[space]}
        space={space}
        date={day}
        today={today}
        onChange={() => {}}
        availability={withRoom}
        canSearchUsers={false}
      />,
    );
    const section = await screen.findByRole('region', { name: '2 Veranstaltungen an diesem Tag', hidden: true });
    const rows = within(section).getAllByRole('listitem', { hidden: true });
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^09:00–11:00WerkstattAbgesagt2 von 8 angemeldet/),
      expect.stringMatching(/^13:00–17:00Schnuppertag6 von 6 angemeldet, 2 warten/),
    ]);
    expect(within(rows[1]!).getByRole('link', { name: 'Teilnehmende: Schnuppertag', hidden: true })).toHaveAttribute(
      'href',
      '/manage/events/e2/attendees',
    );
    expect(calls.find((c) => c.path.startsWith('/api/spaces/s1/events'))!.path).toContain(`from=${day}&to=${day}`);
    // the room's event time is the event's, a link to its attendees; the room is not counted as a desk
    expect(
      screen.getByRole('link', {
        name: 'Konferenztisch: Veranstaltung „Schnuppertag“ 13:00–17:00 Uhr – Teilnehmende ansehen',
        hidden: true,
      }),
    ).toHaveAttribute('href', '/manage/events/e2/attendees');
    expect(screen.getByText('Raum, 10 Sitzplätze')).toBeInTheDocument();
  });

  it('checks a person in and says so', async () => {
    let checked = false;
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({
        body: list.map((b) =>
          b.id === 'guest' && checked ? { ...b, status: 'checked_in', checkedInAt: at('09:02') } : b,
        ),
      }),
      'POST /api/bookings/guest/check-in': () => {
        checked = true;
        return { body: { ...list[1], status: 'checked_in' } };
      },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Gerda Gast einchecken (Tisch 1, 09:00–12:00)' }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Eingecheckt: Tisch 1.'));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Gerda Gast einchecken/ })).not.toBeInTheDocument(),
    );
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/bookings/guest/check-in')).toBe(true);
  });

  it('cancels only after a confirmation, and shows why when the server refuses', async () => {
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({ body: list }),
      'POST /api/bookings/guest/cancel': () => problem(422, 'not-cancellable'),
    });
    render();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Buchung von Gerda Gast stornieren (Tisch 1, 09:00–12:00)' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Buchung stornieren?' });
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, stornieren' }));
    expect(await screen.findByText('Die Buchung wurde bereits freigegeben.')).toBeInTheDocument();
  });

  it('shows an empty day plainly', async () => {
    mockApi({ ...noEvents, 'GET /api/bookings': () => ({ body: [] }) });
    render();
    expect(await screen.findByRole('heading', { name: 'Keine Buchungen' })).toBeInTheDocument();
  });

  it('records a walk-in guest at a free desk', async () => {
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({ body: [] }),
      'POST /api/bookings': (init) => ({
        status: 201,
        body: booking({ id: 'new', ...JSON.parse(String(init?.body)), deskName: 'Tisch 3' }),
      }),
    });
    render();
    const form = screen.getByRole('form', { name: 'Person eintragen' });
    // taken desks cannot be chosen for the default time (the day's opening hours)
    expect(within(form).getByRole('option', { name: /Tisch 2/ })).toBeDisabled();
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    expect(within(form).getByText('Bitte den Namen eintragen.')).toBeInTheDocument();

    await userEvent.type(within(form).getByLabelText('Name des Gastes'), 'Walter Walk-in');
    const from = within(form).getByLabelText('Von');
    await userEvent.selectOptions(from, within(from).getByRole('option', { name: '16:00' }));
    expect(within(form).getByRole('option', { name: /Tisch 3 – frei/ })).toBeEnabled();
    await userEvent.selectOptions(within(form).getByLabelText(/^Tisch/), 'd3');
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ deskId: 'd3', start: at('16:00'), end: at('18:00'), guestName: 'Walter Walk-in' });
    expect(post.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await within(form).findByText('Walter Walk-in ist eingetragen: Tisch 3, 16:00–18:00.')).toBeInTheDocument();
  });

  it('lets admins find a registered person and book for them', async () => {
    const erika = {
      id: 'u-erika',
      email: 'erika@example.org',
      name: 'Erika Muster',
      role: 'coworker',
      group: 'commuter',
      spaceIds: [],
      locale: 'de',
    };
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({ body: [] }),
      'GET /api/users': (_init, url) => ({ body: url.searchParams.get('q') === 'erika' ? [erika] : [] }),
      'POST /api/bookings': (init) => ({
        status: 201,
        body: booking({ id: 'new', ...JSON.parse(String(init?.body)), deskName: 'Tisch 1' }),
      }),
    });
    render(true);
    const form = screen.getByRole('form', { name: 'Person eintragen' });
    await userEvent.click(within(form).getByRole('radio', { name: 'Registrierte Person' }));
    await userEvent.type(within(form).getByLabelText('Person suchen'), 'erika');
    await userEvent.click(await within(form).findByRole('radio', { name: /Erika Muster/ }));
    const from = within(form).getByLabelText('Von');
    await userEvent.selectOptions(from, within(from).getByRole('option', { name: '12:00' }));
    await userEvent.selectOptions(within(form).getByLabelText(/^Tisch/), 'd1');
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      deskId: 'd1',
      start: at('12:00'),
      end: at('18:00'),
      userId: 'u-erika',
    });
    expect(await within(form).findByText('Erika Muster ist eingetragen: Tisch 1, 12:00–18:00.')).toBeInTheDocument();
  });

  it('tells staff that only admins can look up accounts', async () => {
    mockApi({ ...noEvents, 'GET /api/bookings': () => ({ body: [] }) });
    render(false);
    await userEvent.click(screen.getByRole('radio', { name: 'Registrierte Person' }));
    expect(screen.getByText(/Konten suchen können nur Administratorinnen/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Eintragen' })).not.toBeInTheDocument();
  });
});
