import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import type { Board } from '@popdesk/shared';
import { setToken } from '../../../lib/auth-token';
import { mockApi, problem, renderWithApp, type MockAnswer } from '../../../test/render';
import { BOARD_REFRESH_MS, boardQueryOptions } from '../api/get-board';
import { BoardPage } from './board-page';

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

// Thursday 21 October 2027 in Berlin (CEST, UTC+2); "now" on the board is 10:42 local
const aBoard = (over: Partial<Board> = {}): Board => ({
  date: '2027-10-21',
  spaceId: 's1',
  spaceName: 'Dorfbüro Kyritz',
  timezone: 'Europe/Berlin',
  now: '2027-10-21T08:42:00.000Z',
  bookUrl: 'https://popdesk.example/spaces/s1',
  desks: [
    {
      deskId: 'd1',
      name: 'Tisch 1',
      kind: 'desk',
      state: 'free',
      freeUntil: '2027-10-21T12:30:00.000Z',
      nextFreeAt: null,
      features: ['monitor', 'quiet'],
    },
    {
      deskId: 'd2',
      name: 'Tisch 2',
      kind: 'desk',
      state: 'taken',
      freeUntil: null,
      nextFreeAt: '2027-10-21T13:00:00.000Z',
      features: [],
    },
    { deskId: 'd3', name: 'Tisch 3', kind: 'desk', state: 'taken', freeUntil: null, nextFreeAt: null, features: [] },
    {
      deskId: 'd4',
      name: 'Tisch 4',
      kind: 'desk',
      state: 'free',
      freeUntil: '2027-10-21T15:00:00.000Z',
      nextFreeAt: null,
      features: [],
    },
    {
      deskId: 'r1',
      name: 'Werkstatt',
      kind: 'room',
      state: 'free',
      freeUntil: '2027-10-21T11:00:00.000Z',
      nextFreeAt: null,
      features: [],
    },
  ],
  events: [
    { id: 'e1', title: 'Frühstück', start: inHours(-3), end: inHours(-2) },
    { id: 'e2', title: 'Offene Werkstatt', start: inHours(-1), end: inHours(1) },
    { id: 'e3', title: 'Stammtisch', start: inHours(2), end: inHours(3) },
  ],
  ...over,
});

const serve = (...answers: MockAnswer[]) => {
  let i = 0;
  return mockApi({ 'GET /api/spaces/s1/board': () => answers[Math.min(i++, answers.length - 1)]! });
};
const tile = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li')!;

describe('the space’s board', () => {
  it('shows free desks of all, each place in words and shapes, today’s events and a QR code — no links', async () => {
    setToken('someones-token');
    const calls = serve({ body: aBoard() });
    renderWithApp(<BoardPage spaceId="s1" />, { path: '/spaces/s1/board' });

    expect(await screen.findByText('Jetzt frei: 2 von 4 Tischen')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Dorfbüro Kyritz' })).toBeInTheDocument();
    expect(screen.getByText('Donnerstag, 21.10.2027')).toBeInTheDocument();

    const desks = screen.getByRole('region', { name: 'Tische' });
    expect(desks.querySelectorAll('li[data-state]')).toHaveLength(4);
    expect(tile('Tisch 1')).toHaveTextContent('Frei');
    expect(tile('Tisch 1')).toHaveTextContent('frei bis 14:30');
    expect(within(tile('Tisch 1')).getByRole('list', { name: 'Ausstattung' })).toHaveTextContent('Monitor');
    expect(tile('Tisch 2')).toHaveTextContent('Belegt');
    expect(tile('Tisch 2')).toHaveTextContent('wieder frei ab 15:00');
    expect(tile('Tisch 3')).toHaveTextContent('heute nicht mehr frei');
    // not colour alone: every state has its own shape next to its word
    expect(tile('Tisch 1').querySelector('svg circle + path')).toHaveAttribute('d', 'm7 12.5 3.2 3.2L17 9');
    expect(tile('Tisch 2').querySelector('svg circle + path')).toHaveAttribute('d', 'm8 8 8 8M16 8l-8 8');

    const rooms = screen.getByRole('region', { name: 'Räume' });
    expect(within(rooms).getByText('frei bis 13:00')).toBeInTheDocument();

    const events = screen.getByRole('region', { name: 'Heute im Space' });
    expect(events).not.toHaveTextContent('Frühstück');
    expect(within(events).getByText('Offene Werkstatt').parentElement).toHaveTextContent('läuft gerade');
    expect(events).toHaveTextContent('Stammtisch');

    const qr = screen.getByRole('img', { name: /QR-Code/ });
    expect(qr).toHaveAttribute('src', '/api/spaces/s1/qr.svg');
    expect(screen.getByText('popdesk.example/spaces/s1')).toBeInTheDocument();
    expect(screen.getByText('Stand: 10:42')).toBeInTheDocument();

    // a kiosk: nothing to navigate away with, and asked without anyone's token
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(calls[0]!.headers.Authorization).toBeUndefined();
    setToken(null);
    expect(boardQueryOptions('s1').refetchInterval).toBe(BOARD_REFRESH_MS);
    expect(BOARD_REFRESH_MS).toBe(30_000);
  });

  it('announces a change in the number of free desks, and only that', async () => {
    serve(
      { body: aBoard() },
      { body: aBoard({ now: '2027-10-21T08:43:00.000Z' }) },
      { body: aBoard({ now: '2027-10-21T08:44:00.000Z', desks: aBoard().desks.slice(1) }) },
    );
    const { queryClient } = renderWithApp(<BoardPage spaceId="s1" />);
    await screen.findByText('Jetzt frei: 2 von 4 Tischen');
    const region = screen.getByTestId('live-region');
    expect(region).toBeEmptyDOMElement();

    // a refresh with the same count: a newer time, nothing said
    await queryClient.refetchQueries({ queryKey: ['spaces', 's1', 'board'] });
    expect(await screen.findByText('Stand: 10:43')).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 100));
    expect(region).toBeEmptyDOMElement();

    await queryClient.refetchQueries({ queryKey: ['spaces', 's1', 'board'] });
    expect(await screen.findByText('Jetzt frei: 1 von 3 Tischen')).toBeInTheDocument();
    await waitFor(() => expect(region).toHaveTextContent('Jetzt frei: 1 von 3 Tischen'));
  });

  it('keeps the last answer when a refresh fails, and says how old it is', async () => {
    serve({ body: aBoard() }, problem(503, 'unavailable'));
    const { queryClient } = renderWithApp(<BoardPage spaceId="s1" />);
    await screen.findByText('Jetzt frei: 2 von 4 Tischen');
    await queryClient.refetchQueries({ queryKey: ['spaces', 's1', 'board'] });
    expect(await screen.findByText('Keine Verbindung · Stand: 10:42')).toBeInTheDocument();
    expect(screen.getByText('Jetzt frei: 2 von 4 Tischen')).toBeInTheDocument();
  });

  it('says when a closed space opens', async () => {
    const closed = aBoard().desks.map((d) => ({
      ...d,
      state: 'closed' as const,
      freeUntil: null,
      nextFreeAt: d.deskId === 'd3' ? null : '2027-10-21T07:00:00.000Z',
    }));
    serve({ body: aBoard({ desks: closed, events: [] }) });
    renderWithApp(<BoardPage spaceId="s1" />);
    expect(await screen.findByText('Jetzt geschlossen – öffnet um 09:00 Uhr')).toBeInTheDocument();
    expect(tile('Tisch 1')).toHaveTextContent('Geschlossen');
    expect(tile('Tisch 1')).toHaveTextContent('frei ab 09:00');
    expect(tile('Tisch 3')).toHaveTextContent('heute geschlossen');
    expect(screen.getByText('Heute keine Veranstaltungen.')).toBeInTheDocument();
  });

  it('says so when the board cannot be loaded', async () => {
    serve(problem(404, 'not-found', 'This space does not exist.'));
    renderWithApp(<BoardPage spaceId="s1" />);
    expect(await screen.findByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    expect(screen.getByText('Das konnte nicht geladen werden')).toBeInTheDocument();
  });
});
