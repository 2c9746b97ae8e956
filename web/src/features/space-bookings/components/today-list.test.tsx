import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aBooking } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import type { ManagedBooking } from '../api/get-bookings';
import { TodayList } from './today-list';

const TZ = 'Europe/Berlin';
const day = addDays(todayIn(TZ), 1);
const at = (time: string) => zonedInstant(day, time, TZ).toISOString();

const booking = (over: Partial<ManagedBooking>): ManagedBooking => ({
  ...aBooking({ start: at('09:00'), end: at('12:00'), createdAt: at('00:00'), deskName: 'Tisch 1' }),
  ...over,
});

const list: ManagedBooking[] = [
  booking({ id: 'erika', userId: 'u1', userName: 'Erika Muster' }),
  booking({ id: 'guest', userId: null, guestName: 'Gerda Gast', deskId: 'd2', deskName: 'Tisch 2' }),
  booking({ id: 'gone', userId: 'u3', userName: null, deskId: 'd3', deskName: 'Tisch 3', start: at('10:00') }),
];
const withEmail = (b: ManagedBooking): ManagedBooking => ({
  ...b,
  userEmail: b.id === 'erika' ? 'erika@example.org' : null,
});

describe('the day list: who is at the door', () => {
  beforeEach(() => setToken('token'));

  it('names account holders and tags guests; e-mail addresses only on demand', async () => {
    const calls = mockApi({
      'GET /api/bookings': (_init, url) => ({
        body: url.searchParams.get('include') === 'email' ? list.map(withEmail) : list,
      }),
    });
    renderWithApp(<TodayList spaceId="s1" timezone={TZ} date={day} />);
    const rows = within(await screen.findByRole('list', { name: 'Buchungen nach Uhrzeit' })).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent('Erika Muster');
    expect(rows[0]).not.toHaveTextContent('erika@example.org');
    expect(within(rows[1]!).getByText('Gast')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Gerda Gast');
    // an erased account: no name to show
    expect(rows[2]).toHaveTextContent('Registrierte Person');
    expect(calls.every((c) => !c.path.includes('include=email'))).toBe(true);

    await userEvent.click(screen.getByRole('checkbox', { name: 'E-Mail-Adressen zeigen' }));
    const link = await screen.findByRole('link', { name: 'erika@example.org' });
    expect(link).toHaveAttribute('href', 'mailto:erika@example.org');
    expect(calls.some((c) => c.path.includes('include=email'))).toBe(true);
    // the check-in button still says whom it is for
    expect(screen.getByRole('button', { name: /^Erika Muster einchecken/ })).toBeInTheDocument();
  });

  it('cancels with a message to the holder; a guest’s cancellation offers no message', async () => {
    const calls = mockApi({
      'GET /api/bookings': () => ({ body: list }),
      'POST /api/bookings/erika/cancel': () => ({ body: { ...list[0], status: 'cancelled' } }),
    });
    renderWithApp(<TodayList spaceId="s1" timezone={TZ} date={day} />);
    await userEvent.click(await screen.findByRole('button', { name: /^Buchung von Gerda Gast stornieren/ }));
    expect(screen.queryByLabelText(/Nachricht an die Person/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));

    await userEvent.click(screen.getByRole('button', { name: /^Buchung von Erika Muster stornieren/ }));
    await userEvent.type(screen.getByLabelText(/Nachricht an die Person/), 'Heizung kaputt.{Enter}Bitte Freitag!');
    await userEvent.click(screen.getByRole('button', { name: 'Ja, stornieren' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')).toMatchObject({
      path: '/api/bookings/erika/cancel',
      body: { message: 'Heizung kaputt.\nBitte Freitag!' },
    });
  });
});
