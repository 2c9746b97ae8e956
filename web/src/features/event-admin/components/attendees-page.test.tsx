import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Registration } from '@popdesk/shared';
import { anEvent, aRegistration } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { AttendeesPage } from './attendees-page';

// a workshop 10:00–12:00 Berlin time on Tuesday 3 June 2031, 4 places
const event = anEvent({ capacity: 4, registered: 3, waitlisted: 2 });
const TZ = 'Europe/Berlin';
const list: Registration[] = [
  aRegistration({ id: 'r1', userName: 'Erika Muster', createdAt: '2031-05-20T07:00:00.000Z' }),
  aRegistration({
    id: 'r2',
    userId: null,
    guestName: 'Gerda Gast',
    status: 'attended',
    checkedInAt: '2031-06-03T07:55:00.000Z',
    createdAt: '2031-06-03T07:55:00.000Z',
  }),
  aRegistration({ id: 'r3', userName: 'Otto Früh', createdAt: '2031-05-19T07:00:00.000Z' }),
  aRegistration({ id: 'w2', userName: 'Wilma Zwei', status: 'waitlisted', position: 2 }),
  aRegistration({ id: 'w1', userName: 'Walter Eins', status: 'waitlisted', position: 1 }),
  aRegistration({ id: 'c1', userName: 'Carla Storno', status: 'cancelled' }),
];

const region = (name: string) => screen.getByRole('region', { name });
const names = (el: HTMLElement) =>
  within(el)
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('the attendee list', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    setToken('token');
  });
  afterEach(() => vi.useRealTimers());

  it('shows counts, those holding a place in order, the waitlist by position, and checks people in', async () => {
    vi.setSystemTime(new Date('2031-06-03T07:58:00.000Z')); // 09:58, two minutes before the start
    let current = list;
    const calls = mockApi({
      'GET /api/events/e1/registrations': () => ({ body: current }),
      'POST /api/registrations/r1/check-in': () => {
        current = current.map((r) =>
          r.id === 'r1' ? { ...r, status: 'attended', checkedInAt: '2031-06-03T07:58:00.000Z' } : r,
        );
        return { body: current.find((r) => r.id === 'r1') };
      },
    });
    renderWithApp(<AttendeesPage event={event} timezone={TZ} />);
    const holding = await screen.findByRole('list', { name: 'Angemeldet' });
    expect(names(holding)).toEqual([
      expect.stringMatching(/^Otto Frühangemeldet am 19\.05\.2031, 09:00 Uhr.*Angemeldet.*Einchecken$/),
      expect.stringMatching(/^Erika Musterangemeldet am 20\.05\.2031, 09:00 Uhr.*Einchecken$/),
      expect.stringMatching(/^Gerda Gastohne Kontoangemeldet am 03\.06\.2031, 09:55 UhrAnwesend 09:55$/),
    ]);
    expect(names(screen.getByRole('list', { name: 'Warteliste' }))).toEqual([
      expect.stringMatching(/^Walter Eins.*Platz 1 auf der Warteliste$/),
      expect.stringMatching(/^Wilma Zwei.*Platz 2 auf der Warteliste$/),
    ]);
    expect(screen.getByText('1 Abmeldung')).toBeInTheDocument();
    const stats = screen.getByText('Anwesend', { selector: 'dt' }).closest('dl')!;
    expect(within(stats).getByText('Angemeldet').nextSibling).toHaveTextContent('3 / 4');
    expect(within(stats).getByText('Anwesend').nextSibling).toHaveTextContent('1');
    expect(within(stats).getByText('Warteliste').nextSibling).toHaveTextContent('2');
    expect(within(stats).queryByText('Nicht erschienen')).not.toBeInTheDocument();

    const erika = within(holding).getAllByRole('listitem')[1]!;
    const button = within(erika).getByRole('button', { name: 'Einchecken' });
    expect(button).toHaveAccessibleDescription('Erika Muster');
    await userEvent.click(button);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(await within(erika).findByText('Anwesend 09:58')).toBeInTheDocument();
    expect(within(erika).queryByRole('button', { name: 'Einchecken' })).not.toBeInTheDocument();
    expect(await screen.findByText('Erika Muster ist eingecheckt.')).toBeInTheDocument();
    expect(within(stats).getByText('Anwesend').nextSibling).toHaveTextContent('2');
  });

  it('adds a walk-in participant by name, and names no-shows once the event is over', async () => {
    vi.setSystemTime(new Date('2031-06-03T09:30:00.000Z')); // 11:30, the event runs
    const calls = mockApi({
      'GET /api/events/e1/registrations': () => ({ body: list }),
      'POST /api/events/e1/registrations': () => ({
        status: 201,
        body: aRegistration({ id: 'r9', userId: null, guestName: 'Paul Spontan', status: 'attended' }),
      }),
    });
    const { unmount } = renderWithApp(<AttendeesPage event={event} timezone={TZ} />);
    const form = await screen.findByRole('form', { name: 'Teilnehmende Person eintragen' });
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Bitte den Namen eintragen.');
    await userEvent.type(within(form).getByLabelText('Name'), ' Paul Spontan ');
    await userEvent.click(within(form).getByRole('button', { name: 'Eintragen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ guestName: 'Paul Spontan' });
    expect(await screen.findByText('Paul Spontan ist eingetragen und anwesend.')).toBeInTheDocument();
    unmount();

    vi.setSystemTime(new Date('2031-06-03T10:30:00.000Z')); // 12:30, over
    mockApi({
      'GET /api/events/e1/registrations': () => ({
        body: list.map((r) => (r.status === 'registered' ? { ...r, noShow: true } : r)),
      }),
    });
    renderWithApp(<AttendeesPage event={event} timezone={TZ} />);
    const holding = await screen.findByRole('list', { name: 'Angemeldet' });
    expect(within(holding).getAllByText('Nicht erschienen')).toHaveLength(2);
    expect(screen.queryByRole('form', { name: 'Teilnehmende Person eintragen' })).not.toBeInTheDocument();
    const stats = screen.getByText('Anwesend', { selector: 'dt' }).closest('dl')!;
    expect(within(stats).getByText('Nicht erschienen').nextSibling).toHaveTextContent('2');
    expect(region('Angemeldet')).toBeInTheDocument();
  });
});
