import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Booking } from '@popdesk/shared';
import { aBooking, aMe, anEvent, aRegistration, aWaitlistEntry } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { MyBookingsPage } from './my-bookings-page';
import type { SpaceInfo } from './booking-card';

const hour = 3_600_000;
const booking = (over: Partial<Booking>) =>
  aBooking({
    userId: 'u',
    start: new Date(Date.now() + 24 * hour).toISOString(),
    end: new Date(Date.now() + 27 * hour).toISOString(),
    createdAt: new Date().toISOString(),
    ...over,
  });
const info: SpaceInfo = {
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: 'Europe/Berlin',
  checkInRequired: false,
  releaseAfterMinutes: 30,
};
const me = aMe({ id: 'u' });

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const render = () => renderWithApp(<MyBookingsPage spaceInfo={() => info} />);

describe('my bookings', () => {
  beforeEach(() => setToken('token'));

  it('splits upcoming from past and shows an empty state', async () => {
    mockApi({
      'GET /api/bookings': () => ({
        body: [
          booking({
            id: 'old',
            start: new Date(Date.now() - 30 * hour).toISOString(),
            end: new Date(Date.now() - 27 * hour).toISOString(),
          }),
        ],
      }),
      // an entry one has left does not count: nobody waits
      'GET /api/me/waitlist': () => ({ body: [aWaitlistEntry({ status: 'withdrawn', position: null })] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
    });
    render();
    expect(await screen.findByRole('heading', { name: 'Keine anstehenden Buchungen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Vergangen und storniert/ })).toBeInTheDocument();
    // the waitlist section stays hidden while one waits for nothing
    expect(screen.queryByRole('heading', { name: 'Meine Warteliste' })).not.toBeInTheDocument();
  });

  it('lists the days I wait for, with my place, and lets me leave one', async () => {
    let entries = [aWaitlistEntry({ id: 'w1', date: '2031-06-03', position: 2 })];
    const calls = mockApi({
      'GET /api/bookings': () => ({ body: [] }),
      'GET /api/me/waitlist': () => ({ body: entries }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
      'DELETE /api/waitlist/w1': () => {
        entries = [];
        return { status: 204 };
      },
    });
    render();
    const section = (await screen.findByRole('heading', { name: 'Meine Warteliste' })).closest('section')!;
    expect(within(section).getByText('Platz 2 in der Warteschlange')).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Dorfbüro' })).toHaveAttribute(
      'href',
      '/spaces/s1?date=2031-06-03',
    );
    await userEvent.click(within(section).getByRole('button', { name: 'Austragen' }));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/waitlist/w1')).toBe(true);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Meine Warteliste' })).not.toBeInTheDocument());
  });

  it('lists my events with my state and place in the waitlist, and lets me cancel one', async () => {
    const event = (id: string, title: string) =>
      anEvent({
        id,
        title,
        start: new Date(Date.now() + 48 * hour).toISOString(),
        end: new Date(Date.now() + 50 * hour).toISOString(),
      });
    let regs = [
      aRegistration({ id: 'r1', eventId: 'e1', event: event('e1', 'Transferwerkstatt') }),
      aRegistration({ id: 'r2', eventId: 'e2', status: 'waitlisted', position: 2, event: event('e2', 'Auftakt') }),
    ];
    const calls = mockApi({
      'GET /api/bookings': () => ({ body: [] }),
      'GET /api/me/waitlist': () => ({ body: [] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: regs }),
      'DELETE /api/registrations/r2': () => {
        regs = regs.filter((r) => r.id !== 'r2');
        return { status: 204 };
      },
    });
    render();
    const section = (await screen.findByRole('heading', { name: /Meine Veranstaltungen/ })).closest('section')!;
    const cards = within(section).getAllByRole('article');
    expect(within(cards[0]!).getByRole('link', { name: 'Transferwerkstatt' })).toHaveAttribute('href', '/events/e1');
    expect(within(cards[0]!).getByText('Angemeldet')).toBeInTheDocument();
    expect(within(cards[0]!).getByRole('button', { name: /In den Kalender/ })).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Warteliste, Platz 2')).toBeInTheDocument();
    await userEvent.click(within(cards[1]!).getByRole('button', { name: 'Von der Warteliste nehmen' }));
    const dialog = screen.getByRole('dialog', { name: 'Anmeldung zurückziehen?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, abmelden' }));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/registrations/r2')).toBe(true);
    await waitFor(() => expect(within(section).getAllByRole('article')).toHaveLength(1));
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Ihre Anmeldung ist zurückgezogen.'),
    );
  });

  it('cancels optimistically after a confirmation', async () => {
    const answer = deferred<{ status: number; body: unknown }>();
    mockApi({
      'GET /api/bookings': () => ({ body: [booking({})] }),
      'GET /api/me/waitlist': () => ({ body: [] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
      'POST /api/bookings/b1/cancel': () => answer.promise,
    });
    render();
    const card = await screen.findByRole('article');
    expect(within(card).getByText('Bestätigt')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: /Stornieren/ }));
    const dialog = screen.getByRole('dialog', { name: 'Buchung stornieren?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, stornieren' }));
    // before the server has answered, the booking already shows as cancelled
    expect(await screen.findByText('Storniert')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Keine anstehenden Buchungen' })).toBeInTheDocument();
    answer.resolve({ status: 200, body: booking({ status: 'cancelled' }) });
  });

  it('puts the booking back and says why when cancelling fails', async () => {
    mockApi({
      'GET /api/bookings': () => ({ body: [booking({})] }),
      'GET /api/me/waitlist': () => ({ body: [] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
      'POST /api/bookings/b1/cancel': () => problem(422, 'booking-ended'),
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: /Stornieren/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, stornieren' }));
    expect(await screen.findByText(/Die Buchung ist schon vorbei/)).toBeInTheDocument();
    expect(within(screen.getByRole('article')).getByText('Bestätigt')).toBeInTheDocument();
  });

  it('cancels the rest of a weekly series after a confirmation that says how many', async () => {
    const day = 24 * hour;
    const inWeeks = (n: number, id: string) =>
      booking({
        id,
        seriesId: 'series-1',
        start: new Date(Date.now() + 2 * day + n * 7 * day).toISOString(),
        end: new Date(Date.now() + 2 * day + n * 7 * day + 3 * hour).toISOString(),
      });
    const series = [inWeeks(0, 's0'), inWeeks(1, 's1'), inWeeks(2, 's2')];
    const single = booking({ id: 'single', deskName: 'Ecke' });
    let cancelledFrom: string | null = null;
    const calls = mockApi({
      'GET /api/bookings': () => ({
        body: [
          single,
          ...series.map((b) => (cancelledFrom && b.start >= cancelledFrom ? { ...b, status: 'cancelled' } : b)),
        ],
      }),
      'GET /api/me/waitlist': () => ({ body: [] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
      'POST /api/bookings/series/series-1/cancel': (init) => {
        cancelledFrom = JSON.parse(String(init!.body)).from;
        return {
          body: { seriesId: 'series-1', cancelled: series.slice(1).map((b) => ({ ...b, status: 'cancelled' })) },
        };
      },
    });
    render();
    await screen.findAllByRole('article');
    // only bookings of a series offer it
    const cardOf = (id: string) =>
      screen.getAllByRole('article').find((a) => a.getAttribute('aria-labelledby') === `booking-${id}`)!;
    expect(
      within(cardOf('single')).queryByRole('button', { name: 'Serie ab hier stornieren' }),
    ).not.toBeInTheDocument();
    await userEvent.click(within(cardOf('s1')).getByRole('button', { name: 'Serie ab hier stornieren' }));
    const dialog = screen.getByRole('dialog', { name: 'Rest der Serie stornieren?' });
    expect(dialog).toHaveTextContent(/zusammen 2 Buchungen/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, 2 Buchungen stornieren' }));

    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ from: series[1]!.start });
    // the earlier occurrence and the single booking stay; the two later ones are cancelled
    await waitFor(() => expect(screen.getAllByText('Storniert')).toHaveLength(2));
    expect(within(cardOf('s0')).getByText('Bestätigt')).toBeInTheDocument();
    expect(within(cardOf('single')).getByText('Bestätigt')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('2 Buchungen der Serie storniert.'),
    );
  });

  it('offers check-in only inside the window', async () => {
    const soon = booking({
      id: 'soon',
      start: new Date(Date.now() + 10 * 60_000).toISOString(),
      end: new Date(Date.now() + 2 * hour).toISOString(),
    });
    const later = booking({ id: 'later', deskName: 'Ecke' });
    let checkedIn = false;
    mockApi({
      'GET /api/bookings': () => ({ body: [checkedIn ? { ...soon, status: 'checked_in' } : soon, later] }),
      'GET /api/me/waitlist': () => ({ body: [] }),
      'GET /api/me': () => ({ body: me }),
      'GET /api/me/registrations': () => ({ body: [] }),
      'POST /api/bookings/soon/check-in': () => {
        checkedIn = true;
        return { body: { ...soon, status: 'checked_in' } };
      },
    });
    render();
    const buttons = await screen.findAllByRole('button', { name: /Jetzt einchecken/ });
    expect(buttons).toHaveLength(1);
    expect(screen.getByText(/Check-in ab/)).toBeInTheDocument();
    await userEvent.click(buttons[0]!);
    expect(await screen.findByText('Eingecheckt')).toBeInTheDocument();
  });
});
