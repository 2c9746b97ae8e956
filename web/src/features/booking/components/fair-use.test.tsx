import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anAvailability } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
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
  address: null,
  timezone: tz,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  minBookingMinutes: 60,
  maxFutureBookingsPerPerson: 5,
  opensOn: null,
  closesOn: null,
};
const availability = anAvailability({
  date,
  open: [{ start: at('08:00'), end: at('18:00') }],
  desks: [{ deskId: 'd1', name: 'Fenster', free: [{ start: at('14:00'), end: at('18:00') }] }],
});
const refusal = (slug: string, extra: object) => ({
  status: 422,
  body: { type: `https://popdesk.app/problems/${slug}`, title: slug, status: 422, detail: slug, ...extra },
});

describe('fair use in the day view', () => {
  beforeEach(() => setToken('token'));

  it('offers no end time before the space’s minimum and says the rules', async () => {
    mockApi({ 'GET /api/spaces/s1/availability': () => ({ body: availability }) });
    renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: /Fenster: frei von 14:00–18:00/ }));
    const to = screen.getByLabelText('Bis');
    const ends = within(to)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(ends[0]).toBe('15:00');
    expect(ends).not.toContain('14:15');
    expect(
      screen.getByText('Mindestens 60 Minuten. Pro Person höchstens 5 kommende Buchungen in diesem Space.'),
    ).toBeInTheDocument();
  });

  it.each([
    [
      'too-many-bookings',
      { limit: 5 },
      'Sie haben schon 5 kommende Buchungen in diesem Space – mehr erlaubt er nicht.',
    ],
    ['booking-too-short', { minimum: 30 }, 'Buchungen hier dauern mindestens 30 Minuten.'],
  ])('explains a %s refusal in words', async (slug, extra, text) => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: availability }),
      'POST /api/bookings': () => refusal(slug, extra),
    });
    renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: /Fenster: frei von 14:00–18:00/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Verbindlich buchen' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
  });
});
