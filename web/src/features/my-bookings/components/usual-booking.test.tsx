import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Booking, FavouriteDesk } from '@popdesk/shared';
import { aBooking, aMe } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { MyBookingsPage } from './my-bookings-page';
import type { SpaceInfo } from './booking-card';

const tz = 'Europe/Berlin';
const day = 86_400_000;
const info: SpaceInfo = {
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: tz,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '07:00', closes: '20:00' })),
};
const lastWeek = addDays(todayIn(tz), -7);
const twoWeeksAgo = addDays(todayIn(tz), -14);
const past = (over: Partial<Booking>) =>
  aBooking({
    userId: 'u',
    start: zonedInstant(lastWeek, '09:00', tz).toISOString(),
    end: zonedInstant(lastWeek, '12:30', tz).toISOString(),
    createdAt: new Date(Date.now() - 9 * day).toISOString(),
    ...over,
  });
const favourite: FavouriteDesk = {
  deskId: 'd1',
  deskName: 'Fenster',
  spaceId: 's1',
  spaceName: 'Dorfbüro',
  town: 'Neuruppin',
  createdAt: '2031-01-01T00:00:00.000Z',
};

function mockPage(bookings: Booking[], favourites: FavouriteDesk[], post = (body: unknown) => ({ status: 201, body })) {
  return mockApi({
    'GET /api/bookings': () => ({ body: bookings }),
    'GET /api/me/waitlist': () => ({ body: [] }),
    'GET /api/me': () => ({ body: aMe({ id: 'u' }) }),
    'GET /api/me/registrations': () => ({ body: [] }),
    'GET /api/me/favourites': () => ({ body: favourites }),
    'POST /api/bookings': (init) => post(JSON.parse(String(init?.body))),
  });
}

const slow = { timeout: 5000 }; // the machine may be busy
const render = () => renderWithApp(<MyBookingsPage spaceInfo={() => info} />);

describe('book my usual', () => {
  beforeEach(() => setToken('token'));

  it('rebooks the desk and times of my latest booking of a favourite on the chosen date', async () => {
    const calls = mockPage(
      [
        past({ id: 'latest', deskId: 'd1' }),
        past({
          id: 'older',
          deskId: 'd1',
          start: zonedInstant(twoWeeksAgo, '14:00', tz).toISOString(),
          end: zonedInstant(twoWeeksAgo, '16:00', tz).toISOString(),
        }),
      ],
      [favourite],
      (body) => ({ status: 201, body: aBooking({ ...(body as object), id: 'new', deskName: 'Fenster' }) }),
    );
    render();
    const section = (await screen.findByRole('heading', { name: 'Wie immer buchen' }, slow)).closest('section')!;
    expect(within(section).getByText(/Fenster in Dorfbüro, 09:00–12:30 Uhr/)).toBeInTheDocument();
    const dateField = within(section).getByLabelText('Datum');
    // by default the next day the space is open whose start is still ahead
    const proposed = (dateField as HTMLInputElement).value;
    expect([todayIn(tz), addDays(todayIn(tz), 1)]).toContain(proposed);

    const date = addDays(todayIn(tz), 3);
    fireEvent.change(dateField, { target: { value: date } });
    await userEvent.click(within(section).getByRole('button', { name: 'Wie immer buchen' }));
    expect(await within(section).findByText('Gebucht', {}, slow)).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({
      deskId: 'd1',
      start: zonedInstant(date, '09:00', tz).toISOString(),
      end: zonedInstant(date, '12:30', tz).toISOString(),
    });
    expect(post.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('says why when the desk is taken, and is not offered without a booked favourite', async () => {
    mockPage([past({ deskId: 'd1' })], [favourite], () => problem(409, 'desk-taken'));
    const { unmount } = render();
    const section = (await screen.findByRole('heading', { name: 'Wie immer buchen' }, slow)).closest('section')!;
    await userEvent.click(within(section).getByRole('button', { name: 'Wie immer buchen' }));
    expect(await within(section).findByRole('alert', {}, slow)).toHaveTextContent(/schon belegt/);
    unmount();

    mockPage([past({ deskId: 'd9' })], [favourite]);
    render();
    // once my favourites are known (the card's star shows), still no offer: d9 is not one
    expect(await screen.findByRole('button', { name: 'Als Favorit merken: Fenster' }, slow)).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(screen.queryByRole('heading', { name: 'Wie immer buchen' })).not.toBeInTheDocument();
  });

  it('stars the desk of each booking card, pressed for a favourite', async () => {
    mockPage([past({ id: 'a', deskId: 'd1' }), past({ id: 'b', deskId: 'd2', deskName: 'Ecke' })], [favourite]);
    render();
    expect(await screen.findByRole('button', { name: 'Als Favorit merken: Fenster' }, slow)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('button', { name: 'Als Favorit merken: Ecke' })).toHaveAttribute('aria-pressed', 'false');
  });
});
