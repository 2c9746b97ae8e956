import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Availability } from '@popdesk/shared';
import { aBooking, aMe, anAvailability, aWaitlistEntry } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { DayPlanner, type PlannerSpace } from './day-planner';

const tz = 'Europe/Berlin';
const date = addDays(todayIn(tz), 1);
const at = (time: string) => zonedInstant(date, time, tz).toISOString();
const space: PlannerSpace = {
  id: 's1',
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: 'Markt 1',
  timezone: tz,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  minBookingMinutes: 30,
  maxFutureBookingsPerPerson: null,
  opensOn: null,
  closesOn: null,
};
const availability = (desks: Availability['desks']) =>
  anAvailability({ date, open: [{ start: at('08:00'), end: at('18:00') }], desks });
const me = aMe({ id: 'u', calendarUrl: 'http://x/api/calendar/abc.ics' });

function renderPlanner() {
  return renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} />);
}

describe('the day view', () => {
  beforeEach(() => setToken('token'));

  it('shows each desk with free and taken time, in words as well as colour', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({
        body: availability([
          {
            deskId: 'd1',
            name: 'Fenster',
            free: [
              { start: at('08:00'), end: at('10:00') },
              { start: at('12:00'), end: at('18:00') },
            ],
          },
          { deskId: 'd2', name: 'Ecke', free: [] },
        ]),
      }),
    });
    renderPlanner();
    const fenster = await screen.findByRole('group', { name: 'Fenster' });
    expect(
      within(fenster).getByRole('button', { name: 'Fenster: frei von 08:00–10:00 Uhr – auswählen' }),
    ).toBeInTheDocument();
    expect(within(fenster).getByText('Fenster: belegt von 10:00–12:00 Uhr')).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Ecke' })).getByText('Ecke: belegt von 08:00–18:00 Uhr'),
    ).toBeInTheDocument();
    expect(screen.getByText('ausgebucht')).toBeInTheDocument();
  });

  it('shows rooms apart, booked by the team unless allowed, and names the event that takes a place', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({
        body: availability([
          {
            deskId: 'd1',
            name: 'Fenster',
            kind: 'desk',
            seats: null,
            free: [
              { start: at('08:00'), end: at('10:00') },
              { start: at('12:00'), end: at('18:00') },
            ],
            events: [{ eventId: 'e1', title: 'Transferwerkstatt', start: at('10:00'), end: at('12:00') }],
          },
          {
            deskId: 'r1',
            name: 'Konferenztisch',
            kind: 'room',
            seats: 10,
            free: [{ start: at('08:00'), end: at('18:00') }],
            events: [],
          },
        ]),
      }),
    });
    const { unmount } = renderPlanner();
    const fenster = await screen.findByRole('group', { name: 'Fenster' });
    expect(
      within(fenster).getByText('Fenster: 10:00–12:00 Uhr belegt durch die Veranstaltung „Transferwerkstatt“'),
    ).toBeInTheDocument();
    const table = screen.getByRole('group', { name: 'Konferenztisch' });
    // not offered to a coworker where the space keeps rooms to its team
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(within(table).getByText('Konferenztisch: frei von 08:00–18:00 Uhr – bucht das Team')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Räume und Tische' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Vormittag/ }));
    const rooms = screen.getByRole('group', { name: 'Räume und Tische' });
    expect(within(rooms).getByRole('radio', { name: /Konferenztisch/ })).toBeDisabled();
    expect(within(rooms).getByText('(10 Sitzplätze)', { exact: false })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Welcher Tisch?' })).getByText(
        '– belegt durch die Veranstaltung „Transferwerkstatt“',
      ),
    ).toBeInTheDocument();
    unmount();

    // where coworkers may book rooms, the table is offered like a desk
    renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} roomsBookable />);
    const offered = await screen.findByRole('group', { name: 'Konferenztisch' });
    expect(
      within(offered).getByRole('button', { name: 'Konferenztisch: frei von 08:00–18:00 Uhr – auswählen' }),
    ).toBeInTheDocument();
  });

  it('books a quick choice with an idempotency key and confirms it', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/availability': () => ({
        body: availability([{ deskId: 'd1', name: 'Fenster', free: [{ start: at('08:00'), end: at('18:00') }] }]),
      }),
      'POST /api/bookings': (init) => ({
        status: 201,
        body: { ...aBooking({ userId: 'u', createdAt: at('07:00') }), ...JSON.parse(String(init!.body)) },
      }),
      'GET /api/me': () => ({ body: me }),
    });
    renderPlanner();
    await userEvent.click(await screen.findByRole('button', { name: /Vormittag/ }));
    expect(screen.getByRole('radio', { name: /Fenster/ })).toBeChecked();
    expect(screen.getByText(/Fenster · .* · 08:00–12:00 Uhr \(4 Std\.\)/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    expect(await screen.findByRole('heading', { name: 'Gebucht!' })).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ deskId: 'd1', start: at('08:00'), end: at('12:00') });
    expect(post.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByDisplayValue('http://x/api/calendar/abc.ics')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /In den Kalender/ })).toBeInTheDocument();
  });

  it('picks a free segment from the timeline and explains a lost race', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({
        body: availability([{ deskId: 'd1', name: 'Fenster', free: [{ start: at('14:00'), end: at('16:00') }] }]),
      }),
      'POST /api/bookings': () => problem(409, 'desk-taken'),
    });
    renderPlanner();
    await userEvent.click(await screen.findByRole('button', { name: /Fenster: frei von 14:00–16:00/ }));
    expect(screen.getByLabelText('Von')).toHaveDisplayValue('14:00');
    expect(screen.getByLabelText('Bis')).toHaveDisplayValue('16:00');
    await userEvent.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    expect(await screen.findByText(/jemand war schneller/)).toBeInTheDocument();
  });

  it('offers the waitlist on a full day and says which place one has', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability([{ deskId: 'd1', name: 'Fenster', free: [] }]) }),
      'POST /api/spaces/s1/waitlist': () => ({ status: 201, body: aWaitlistEntry({ date, position: 3 }) }),
    });
    renderPlanner();
    await userEvent.click(await screen.findByRole('button', { name: 'Auf die Warteliste für diesen Tag' }));
    expect(await screen.findByText('Sie stehen auf der Warteliste')).toBeInTheDocument();
    expect(screen.getByText(/Sie sind Nummer 3\./)).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ date });
  });

  it('tells people who already wait for the day so', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability([{ deskId: 'd1', name: 'Fenster', free: [] }]) }),
      'POST /api/spaces/s1/waitlist': () => problem(409, 'already-waiting'),
    });
    renderPlanner();
    await userEvent.click(await screen.findByRole('button', { name: 'Auf die Warteliste für diesen Tag' }));
    expect(await screen.findByText('Sie warten schon')).toBeInTheDocument();
  });

  it('asks people who are not logged in to log in, keeping the page to come back to', async () => {
    setToken(null);
    mockApi({
      'GET /api/spaces/s1/availability': () => ({
        body: availability([{ deskId: 'd1', name: 'Fenster', free: [{ start: at('08:00'), end: at('18:00') }] }]),
      }),
    });
    renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} />, {
      path: `/spaces/s1?date=${date}`,
    });
    const link = await screen.findByRole('link', { name: 'Anmelden' });
    expect(link).toHaveAttribute('href', `/login?next=${encodeURIComponent(`/spaces/s1?date=${date}`)}`);
    expect(screen.queryByRole('button', { name: 'Verbindlich buchen' })).not.toBeInTheDocument();
  });
});
