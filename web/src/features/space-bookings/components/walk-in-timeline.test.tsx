import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aBooking, anAvailability, aSpace } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { zonedInstant } from '../../../lib/dates';
import { TodayPage } from './today-page';

// a fixed clock: Wednesday 10 March 2027, 10:47:30 in Berlin; open 08:00–12:00 and 13:00–18:00
const TZ = 'Europe/Berlin';
const day = '2027-03-10';
const at = (time: string) => zonedInstant(day, time, TZ).toISOString();
const space = aSpace({ timezone: TZ, deskCount: 3 });
const availability = anAvailability({
  date: day,
  timezone: TZ,
  open: [
    { start: at('08:00'), end: at('12:00') },
    { start: at('13:00'), end: at('18:00') },
  ],
  desks: [
    {
      deskId: 'd1',
      name: 'Tisch 1',
      free: [
        { start: at('08:00'), end: at('12:00') },
        { start: at('13:00'), end: at('18:00') },
      ],
    },
    { deskId: 'd2', name: 'Tisch 2', free: [{ start: at('11:00'), end: at('18:00') }] },
    { deskId: 'd3', name: 'Tisch 3', free: [{ start: at('08:00'), end: at('11:30') }] },
  ],
});

// the day's events are asked for too: none here
const noEvents = { 'GET /api/spaces/s1/events': () => ({ body: [] }) };

const render = () =>
  renderWithApp(
    <TodayPage
      spaces={[space]}
      space={space}
      date={day}
      today={day}
      onChange={() => {}}
      availability={availability}
      canSearchUsers={false}
    />,
  );

describe('a walk-in from the day timeline', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(at('10:47:30')));
    setToken('token');
  });
  afterEach(() => vi.useRealTimers());

  it('counts the desks free now, and a tap prefills the form: now (5-minute steps) to the end of the opening', async () => {
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({ body: [] }),
      'POST /api/bookings': (init) => {
        const body = JSON.parse(String(init?.body));
        return {
          status: 201,
          body: aBooking({ id: 'new', ...body, userId: null, status: 'checked_in', deskName: 'Tisch 1' }),
        };
      },
    });
    render();
    const timeline = screen.getByRole('region', { name: 'Tische des Tages' });
    expect(within(timeline).getByText('Jetzt frei: 2 von 3 Tischen')).toBeInTheDocument();
    // Tisch 2 is taken now: its free time starts at 11:00
    expect(
      within(timeline).getByRole('button', { name: 'Tisch 2: frei 11:00–12:00 Uhr – jemanden eintragen' }),
    ).toBeVisible();

    await userEvent.click(
      within(timeline).getByRole('button', { name: 'Tisch 1: frei 10:45–12:00 Uhr – jemanden eintragen' }),
    );
    const form = screen.getByRole('form', { name: 'Person eintragen' });
    expect(within(form).getByLabelText('Von')).toHaveDisplayValue('10:45');
    expect(within(form).getByLabelText('Bis')).toHaveDisplayValue('12:00');
    expect(within(form).getByLabelText(/^Tisch/)).toHaveValue('d1');
    const name = within(form).getByLabelText('Name des Gastes');
    expect(name).toHaveFocus();

    await userEvent.type(name, 'Walter Walk-in');
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      deskId: 'd1',
      start: at('10:45'),
      end: at('12:00'),
      guestName: 'Walter Walk-in',
      checkIn: true,
    });
    expect(
      await within(form).findByText('Walter Walk-in ist eingetragen und eingecheckt: Tisch 1, 10:45–12:00.'),
    ).toBeInTheDocument();
  });

  it('ends a tapped desk’s walk-in where the next booking begins', async () => {
    mockApi({ ...noEvents, 'GET /api/bookings': () => ({ body: [] }) });
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Tisch 3: frei 10:45–11:30 Uhr – jemanden eintragen' }));
    const form = screen.getByRole('form', { name: 'Person eintragen' });
    expect(within(form).getByLabelText('Bis')).toHaveDisplayValue('11:30');
    expect(within(form).getByLabelText(/^Tisch/)).toHaveValue('d3');
  });

  it('records a later time without checking in: no checkIn in the request', async () => {
    const calls = mockApi({
      ...noEvents,
      'GET /api/bookings': () => ({ body: [] }),
      'POST /api/bookings': (init) => ({
        status: 201,
        body: aBooking({ id: 'n', ...JSON.parse(String(init?.body)), userId: null, deskName: 'Tisch 1' }),
      }),
    });
    render();
    await userEvent.click(screen.getByRole('button', { name: 'Tisch 1: frei 13:00–18:00 Uhr – jemanden eintragen' }));
    const form = screen.getByRole('form', { name: 'Person eintragen' });
    await userEvent.type(within(form).getByLabelText('Name des Gastes'), 'Later');
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      deskId: 'd1',
      start: at('13:00'),
      end: at('18:00'),
      guestName: 'Later',
    });
  });
});
