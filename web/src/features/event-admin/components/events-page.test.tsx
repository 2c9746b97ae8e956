import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { aDesk, anEvent, aSpace } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { EventsPage } from './events-page';

const space = aSpace();
const desks = [
  aDesk({ id: 'd1', name: 'Tisch 1' }),
  aDesk({ id: 'r1', name: 'Konferenztisch', kind: 'room', seats: 10 }),
];

describe('the events of a space for staff', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-06-03T12:00:00.000Z'));
    setToken('token');
  });
  afterEach(() => vi.useRealTimers());

  it('lists upcoming and past events with kind, time, places and counts; cancelled ones are marked', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/events': () => ({
        body: [
          anEvent({
            id: 'e2',
            title: 'Schnuppertag',
            kind: 'trial_day',
            start: '2031-06-10T07:00:00.000Z',
            end: '2031-06-10T15:00:00.000Z',
            deskIds: ['r1', 'd1'],
            capacity: 6,
            registered: 6,
            waitlisted: 2,
            public: false,
          }),
          anEvent({
            id: 'e3',
            title: 'Abgesagt',
            start: '2031-06-05T08:00:00.000Z',
            end: '2031-06-05T10:00:00.000Z',
            status: 'cancelled',
          }),
          anEvent({ id: 'e1', deskIds: [], attended: 2 }),
        ],
      }),
    });
    renderWithApp(<EventsPage spaces={[space]} space={space} desks={desks} onSpace={() => {}} />);
    const upcoming = await screen.findByRole('region', { name: 'Anstehend (2)' });
    const cards = within(upcoming).getAllByRole('listitem');
    expect(cards.map((c) => c.textContent)).toEqual([
      expect.stringMatching(/^AbgesagtWorkshopAbgesagtDonnerstag, 05\.06\.2031, 10:00–12:00Belegt: Tisch 1/),
      expect.stringMatching(
        /^SchnuppertagSchnuppertagNicht öffentlichDienstag, 10\.06\.2031, 09:00–17:00Belegt: Konferenztisch, Tisch 16 von 6 Plätzen belegt2 auf der Warteliste/,
      ),
    ]);
    expect(within(cards[1]!).getByRole('link', { name: 'Teilnehmende: Schnuppertag' })).toHaveAttribute(
      'href',
      '/manage/events/e2/attendees',
    );
    const past = screen.getByRole('region', { name: 'Vergangen (letzte 90 Tage) (1)' });
    expect(within(past).getByRole('listitem')).toHaveTextContent(/Belegt keine Plätze2 von 8 Plätzen belegt2 waren da/);
    expect(screen.getByRole('link', { name: 'Neue Veranstaltung' })).toHaveAttribute(
      'href',
      '/manage/events/new?spaceId=s1',
    );
    expect(calls[0]!.path).toBe('/api/spaces/s1/events?from=2031-03-05&to=2032-02-28');
  });
});
