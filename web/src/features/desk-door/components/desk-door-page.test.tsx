import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DeskDoor } from '@popdesk/shared';
import { setToken } from '../../../lib/auth-token';
import { setLanguage } from '../../../lib/i18n';
import { aBooking, aDesk } from '../../../test/factories';
import { mockApi, problem, renderWithApp, type MockAnswer } from '../../../test/render';
import { DeskDoorPage } from './desk-door-page';

// 3 June 2031 in Berlin (UTC+2): it is 09:12, the desk is free until 18:00
const aDoor = (over: Partial<DeskDoor> = {}, now: Partial<DeskDoor['now']> = {}): DeskDoor => ({
  desk: aDesk({ name: 'Fenster', features: ['window', 'power'] }),
  space: {
    id: 's1',
    name: 'Dorfbüro',
    town: 'Neuruppin',
    timezone: 'Europe/Berlin',
    minBookingMinutes: 30,
    checkInRequired: true,
  },
  now: {
    at: '2031-06-03T07:12:00.000Z',
    date: '2031-06-03',
    state: 'free',
    freeUntil: '2031-06-03T16:00:00.000Z',
    nextFreeAt: null,
    openUntil: '2031-06-03T16:00:00.000Z',
    walkUpUntil: '2031-06-03T16:00:00.000Z',
    ...now,
  },
  ...over,
});

function open(door: DeskDoor, walkUp?: (init: RequestInit | undefined) => MockAnswer, path = '/tisch/d1') {
  const calls = mockApi({
    'GET /api/desks/d1/door': () => ({ body: door }),
    ...(walkUp ? { 'POST /api/desks/d1/walk-up': walkUp } : {}),
  });
  const rendered = renderWithApp(<DeskDoorPage deskId="d1" />, { path, routePath: '/tisch/:deskId' });
  return { calls, ...rendered };
}
const walkUps = (calls: ReturnType<typeof mockApi>) => calls.filter((c) => c.method === 'POST');

describe('the desk page, signed in', () => {
  beforeEach(() => setToken('token'));
  afterEach(() => {
    vi.restoreAllMocks();
    window.dispatchEvent(new Event('online'));
  });

  it('shows the desk, where it is and what it offers', async () => {
    open(aDoor());
    expect(await screen.findByRole('heading', { level: 1, name: 'Fenster' })).toBeInTheDocument();
    expect(screen.getByText('Dorfbüro, Neuruppin')).toBeInTheDocument();
    const features = screen.getByRole('list', { name: 'Ausstattung' });
    expect(within(features).getByText('Fensterplatz')).toBeInTheDocument();
    expect(within(features).getByText('Steckdose')).toBeInTheDocument();
    expect(screen.getByText('Frei bis 18:00')).toBeInTheDocument();
    expect(document.title).toBe('Fenster – Dorfbüro – PopDesk');
  });

  it('books a free desk until the end of the free time and checks in, with one tap', async () => {
    const booked = aBooking({
      start: '2031-06-03T07:10:00.000Z',
      end: '2031-06-03T16:00:00.000Z',
      status: 'checked_in',
      checkedInAt: '2031-06-03T07:12:00.000Z',
    });
    const { calls } = open(aDoor(), () => ({ status: 201, body: booked }));
    await userEvent.click(await screen.findByRole('button', { name: 'Jetzt buchen und einchecken – bis 18:00' }));
    const done = await screen.findByRole('heading', { level: 1, name: 'Eingecheckt bis 18:00' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(screen.getByText('Gebucht und eingecheckt: Fenster im Dorfbüro, heute 09:10–18:00.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Meine Buchungen' })).toHaveAttribute('href', '/bookings');
    // no end sent: the server books to the end of the free time, however short
    expect(walkUps(calls)).toEqual([expect.objectContaining({ path: '/api/desks/d1/walk-up', body: {} })]);
  });

  it('checks in the own booking that runs now or starts soon', async () => {
    const mine = aBooking({ start: '2031-06-03T07:15:00.000Z', end: '2031-06-03T15:00:00.000Z' });
    open(
      aDoor({ myBooking: mine }, { state: 'taken', nextFreeAt: '2031-06-03T15:00:00.000Z', walkUpUntil: null }),
      () => ({
        status: 200,
        body: { ...mine, status: 'checked_in', checkedInAt: '2031-06-03T07:12:00.000Z' },
      }),
    );
    expect(await screen.findByText('Ihre Buchung: heute 09:15–17:00')).toBeInTheDocument();
    expect(screen.queryByText(/Besetzt/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Jetzt einchecken' }));
    const done = await screen.findByRole('heading', { level: 1, name: 'Eingecheckt bis 17:00' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(
      screen.getByText('Ihre Buchung von Fenster im Dorfbüro, heute 09:15–17:00, ist eingecheckt.'),
    ).toBeInTheDocument();
  });

  it('says so when the own booking is already checked in, and offers nothing to tap twice', async () => {
    const mine = aBooking({ end: '2031-06-03T15:00:00.000Z', status: 'checked_in' });
    open(aDoor({ myBooking: mine }, { state: 'taken' }));
    expect(await screen.findByText('Sie sind eingecheckt – bis 17:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /einchecken/ })).not.toBeInTheDocument();
  });

  it('books until a chosen end, checked before asking the server', async () => {
    const { calls, router } = open(aDoor(), () => ({
      status: 201,
      body: aBooking({ start: '2031-06-03T07:10:00.000Z', end: '2031-06-03T14:30:00.000Z', status: 'checked_in' }),
    }));
    await userEvent.click(await screen.findByRole('button', { name: 'andere Endzeit wählen' }));
    const field = screen.getByLabelText('Endzeit');
    await waitFor(() => expect(field).toHaveFocus());
    expect(field).toHaveAccessibleDescription('Heute, spätestens 18:00');

    fireEvent.change(field, { target: { value: '19:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Buchen und einchecken – bis 19:00' }));
    expect(field).toHaveAccessibleDescription(
      'Heute, spätestens 18:00 Der Tisch ist nur bis 18:00 frei. Bitte wählen Sie eine frühere Endzeit.',
    );
    expect(walkUps(calls)).toHaveLength(0);

    fireEvent.change(field, { target: { value: '16:30' } });
    await waitFor(() => expect(router.state.location.search).toBe('?until=16%3A30'));
    await userEvent.click(screen.getByRole('button', { name: 'Buchen und einchecken – bis 16:30' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Eingecheckt bis 16:30' })).toBeInTheDocument();
    expect(walkUps(calls)[0]?.body).toEqual({ until: '2031-06-03T14:30:00.000Z' });
  });

  it('says in words when someone was quicker (409), and asks for the state again', async () => {
    const { calls } = open(aDoor(), () => problem(409, 'desk-taken'));
    await userEvent.click(await screen.findByRole('button', { name: /Jetzt buchen und einchecken/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Das hat nicht geklappt' + 'Der Tisch ist nicht frei – jemand war schneller',
    );
    await waitFor(() => expect(calls.filter((c) => c.path === '/api/desks/d1/door')).toHaveLength(2));
  });

  it('says in words when the chosen end is too short (422)', async () => {
    open(aDoor(), () => problem(422, 'booking-too-short'), '/tisch/d1?until=09:20');
    await userEvent.click(await screen.findByRole('button', { name: 'Buchen und einchecken – bis 09:20' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('mindestens 30 Minuten');
  });

  it('shows a taken desk, when it is free again, and the way to other desks', async () => {
    open(aDoor({}, { state: 'taken', freeUntil: null, walkUpUntil: null, nextFreeAt: '2031-06-03T13:00:00.000Z' }));
    expect(await screen.findByText('Besetzt – wieder frei ab 15:00')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Freie Tische im Dorfbüro ansehen' })).toHaveAttribute(
      'href',
      '/spaces/s1',
    );
    expect(screen.queryByRole('button', { name: /buchen/ })).not.toBeInTheDocument();
  });

  it('shows a closed space and when it opens', async () => {
    open(
      aDoor(
        {},
        {
          state: 'closed',
          freeUntil: null,
          walkUpUntil: null,
          openUntil: null,
          nextFreeAt: '2031-06-03T07:00:00.000Z',
        },
      ),
    );
    expect(await screen.findByText('Geschlossen – öffnet um 09:00')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /buchen|einchecken/ })).not.toBeInTheDocument();
  });

  it('says when a closed space does not open again today', async () => {
    open(aDoor({}, { state: 'closed', freeUntil: null, walkUpUntil: null, openUntil: null, nextFreeAt: null }));
    expect(await screen.findByText('Geschlossen – heute nicht mehr geöffnet')).toBeInTheDocument();
  });

  it('sends rooms to the day view', async () => {
    open(aDoor({ desk: aDesk({ name: 'Konferenz', kind: 'room', seats: 10 }) }));
    expect(await screen.findByText(/Räume und Tische für Gruppen bucht man/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /buchen/ })).not.toBeInTheDocument();
  });

  it('offline, shows the saved state read-only and says as of when', async () => {
    open(aDoor());
    const button = await screen.findByRole('button', { name: /Jetzt buchen und einchecken/ });
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(button).toBeDisabled();
    expect(screen.getByRole('button', { name: 'andere Endzeit wählen' })).toBeDisabled();
    expect(screen.getByText(/^Ohne Verbindung: Sie sehen den Stand von 09:12 Uhr/)).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/^Ohne Verbindung/);
  });

  it('speaks English', async () => {
    setLanguage('en');
    open(aDoor());
    expect(await screen.findByRole('button', { name: 'Book and check in now – until 18:00' })).toBeInTheDocument();
    expect(screen.getByText('Free until 18:00')).toBeInTheDocument();
  });
});

describe('the desk page, not signed in', () => {
  it('shows the desk and offers login and registration that come back here', async () => {
    const { calls } = open(aDoor(), undefined, '/tisch/d1?until=16:30');
    expect(await screen.findByText('Frei bis 18:00')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Anmelden und loslegen' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/login?next=%2Ftisch%2Fd1%3Funtil%3D16%3A30',
    );
    expect(screen.getByRole('link', { name: 'Registrieren' })).toHaveAttribute(
      'href',
      '/register?next=%2Ftisch%2Fd1%3Funtil%3D16%3A30',
    );
    expect(screen.queryByRole('button', { name: /buchen/ })).not.toBeInTheDocument();
    expect(calls[0]?.headers.Authorization).toBeUndefined();
  });

  it('asks whether a taken desk is the person’s own', async () => {
    open(aDoor({}, { state: 'taken', nextFreeAt: '2031-06-03T13:00:00.000Z', walkUpUntil: null }));
    expect(await screen.findByRole('heading', { name: 'Haben Sie diesen Tisch gebucht?' })).toBeInTheDocument();
  });

  it('says when the desk does not exist', async () => {
    mockApi({ 'GET /api/desks/d1/door': () => problem(404, 'not-found') });
    renderWithApp(<DeskDoorPage deskId="d1" />, { path: '/tisch/d1', routePath: '/tisch/:deskId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Diesen Tisch gibt es nicht' })).toBeInTheDocument();
  });
});
