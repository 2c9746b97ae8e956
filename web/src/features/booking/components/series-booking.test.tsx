import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SeriesFailure } from '@popdesk/shared';
import { aBooking, anAvailability } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { DayPlanner, type PlannerSpace } from './day-planner';

const tz = 'Europe/Berlin';
const date = addDays(todayIn(tz), 1);
const week = (n: number) => addDays(date, 7 * n);
const at = (d: string, time: string) => zonedInstant(d, time, tz).toISOString();
const space: PlannerSpace = {
  id: 's1',
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: tz,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  minBookingMinutes: 30,
  maxFutureBookingsPerPerson: null,
  opensOn: null,
  closesOn: null,
};
const availability = anAvailability({
  date,
  open: [{ start: at(date, '08:00'), end: at(date, '18:00') }],
  desks: [{ deskId: 'd1', name: 'Fenster', free: [{ start: at(date, '08:00'), end: at(date, '18:00') }] }],
});

const occurrence = (d: string, id: string) =>
  aBooking({
    id,
    userId: 'u',
    start: at(d, '08:00'),
    end: at(d, '12:00'),
    createdAt: at(date, '07:00'),
    seriesId: 'series-1',
  });
const failure = (d: string, status: number, reason: string): SeriesFailure => ({
  date: d,
  start: at(d, '08:00'),
  end: at(d, '12:00'),
  status,
  reason,
  detail: reason,
});

async function chooseMorningAndRepeat(weeks: string, { staff = false } = {}) {
  renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} seriesBeyondHorizon={staff} />);
  await userEvent.click(await screen.findByRole('button', { name: /Vormittag/ }));
  const series = screen.getByRole('group', { name: 'Wöchentlich wiederholen' });
  await userEvent.click(within(series).getByRole('checkbox', { name: /Jede Woche/ }));
  const field = within(series).getByLabelText('Wie viele Wochen?');
  await userEvent.clear(field);
  await userEvent.type(field, weeks);
  return series;
}

describe('booking a weekly series', () => {
  beforeEach(() => setToken('token'));

  it('books the series and lists what was booked and what failed, with the reasons in words', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability }),
      'POST /api/bookings/series': () => ({
        status: 201,
        body: {
          seriesId: 'series-1',
          mode: 'partial',
          booked: [occurrence(week(0), 'b0'), occurrence(week(3), 'b3')],
          failed: [failure(week(1), 409, 'desk-taken'), failure(week(2), 422, 'closed-day')],
        },
      }),
    });
    await chooseMorningAndRepeat('4');
    expect(screen.getByText(/4 Termine, jeden .*, bis/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Serie verbindlich buchen' }));

    expect(await screen.findByRole('heading', { name: '2 von 4 Terminen gebucht' })).toHaveFocus();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      deskId: 'd1',
      firstDate: date,
      startTime: '08:00',
      endTime: '12:00',
      weeks: 4,
      mode: 'partial',
    });
    const failed = within(screen.getByRole('list', { name: 'Nicht gebucht (2)' })).getAllByRole('listitem');
    expect(failed.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/08:00–12:00 – Tisch schon belegt$/),
      expect.stringMatching(/08:00–12:00 – Space an dem Tag geschlossen$/),
    ]);
    expect(within(screen.getByRole('list', { name: 'Gebucht (2)' })).getAllByRole('listitem')).toHaveLength(2);
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('2 von 4 Terminen gebucht'));
  });

  it('all or nothing: shows in the form which occurrences stood in the way', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability }),
      'POST /api/bookings/series': () => ({
        status: 409,
        body: {
          type: 'https://popdesk.app/problems/series-not-booked',
          title: 'Series not booked',
          status: 409,
          detail: '1 of 3 …',
          mode: 'atomic',
          failed: [failure(week(2), 409, 'overlapping-booking')],
        },
      }),
    });
    const series = await chooseMorningAndRepeat('3');
    await userEvent.click(within(series).getByRole('radio', { name: /Alles oder nichts/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Serie verbindlich buchen' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nichts gebucht');
    expect(alert).toHaveTextContent('1 Termin ist nicht buchbar, deshalb wurde keiner gebucht');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/Sie haben da schon eine andere Buchung$/);
    // still the form, to switch to "book what is free"
    expect(screen.getByRole('radio', { name: /Buchen, was frei ist/ })).toBeInTheDocument();
  });

  it('checks the number of weeks against the booking horizon before sending', async () => {
    const calls = mockApi({ 'GET /api/spaces/s1/availability': () => ({ body: availability }) });
    const series = await chooseMorningAndRepeat('9');
    const field = within(series).getByLabelText('Wie viele Wochen?');
    // 28 days ahead from tomorrow: this week and 3 more
    expect(field).toHaveAccessibleDescription(expect.stringContaining('höchstens 4'));
    await userEvent.click(screen.getByRole('button', { name: 'Serie verbindlich buchen' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Bitte eine ganze Zahl von 2 bis 4 eingeben.'));
    expect(field).toHaveFocus();
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('lets the space’s staff book a series beyond the horizon, up to 52 weeks, and says so', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability }),
      'POST /api/bookings/series': () => ({
        status: 201,
        body: { seriesId: 'series-1', mode: 'partial', booked: [occurrence(week(0), 'b0')], failed: [] },
      }),
    });
    const series = await chooseMorningAndRepeat('53', { staff: true });
    const field = within(series).getByLabelText('Wie viele Wochen?');
    expect(field).toHaveAccessibleDescription(expect.stringContaining('höchstens 52'));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('über den Buchungshorizont hinaus'));
    await userEvent.click(screen.getByRole('button', { name: 'Serie verbindlich buchen' }));
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Bitte eine ganze Zahl von 2 bis 52 eingeben.'));
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
    // 12 weeks: far beyond the 28 days a coworker may book ahead
    await userEvent.clear(field);
    await userEvent.type(field, '12');
    await userEvent.click(screen.getByRole('button', { name: 'Serie verbindlich buchen' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')!.body).toMatchObject({ weeks: 12 });
  });
});
