import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Event } from '@popdesk/shared';
import { aMe, anEvent, aRegistration } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { EventPage } from './event-page';

const hour = 3_600_000;
/** A trial day tomorrow-ish, relative to the real clock (the page reads it). */
const event = (over: Partial<Event> = {}) =>
  anEvent({
    title: 'Schnupper-Coworking',
    kind: 'trial_day',
    start: new Date(Date.now() + 24 * hour).toISOString(),
    end: new Date(Date.now() + 30 * hour).toISOString(),
    capacity: 8,
    registered: 5,
    myRegistration: null,
    ...over,
  });
const me = aMe({ id: 'u1' });

const render = () => renderWithApp(<EventPage eventId="e1" />, { path: '/events/e1', routePath: '/events/:eventId' });
const panel = async () => (await screen.findByRole('heading', { name: 'Anmeldung' })).closest('section')!;

describe('the event page', () => {
  it('signed out: shows the facts and sends to the login, coming back here', async () => {
    mockApi({ 'GET /api/events/e1': () => ({ body: event({ description: 'Ein Tag zum Ausprobieren.' }) }) });
    render();
    expect(await screen.findByRole('heading', { level: 1, name: 'Schnupper-Coworking' })).toBeInTheDocument();
    expect(screen.getByText('Schnuppertag')).toBeInTheDocument();
    expect(screen.getByText('3 von 8 Plätzen frei')).toBeInTheDocument();
    expect(screen.getByText('Ein Tag zum Ausprobieren.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dorfbüro' })).toHaveAttribute('href', '/spaces/s1');
    const login = within(await panel()).getByRole('link', { name: 'Einloggen und anmelden' });
    expect(login).toHaveAttribute('href', `/login?next=${encodeURIComponent('/events/e1')}`);
    expect(screen.getByRole('link', { name: 'In den Kalender (.ics)' })).toHaveAttribute(
      'href',
      '/api/events/e1/event.ics',
    );
  });

  it('registers and says so, aloud as well', async () => {
    setToken('token');
    let registered = false;
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'GET /api/events/e1': () => ({
        body: registered
          ? event({ registered: 6, myRegistration: { id: 'r1', status: 'registered', position: null } })
          : event(),
      }),
      'POST /api/events/e1/registrations': () => {
        registered = true;
        return { status: 201, body: aRegistration() };
      },
    });
    render();
    await userEvent.click(within(await panel()).getByRole('button', { name: 'Anmelden' }));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({});
    expect(await screen.findByText('Sie sind angemeldet.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('Sie sind angemeldet.'));
    expect(screen.getByRole('button', { name: 'Von der Veranstaltung abmelden' })).toBeInTheDocument();
  });

  it('full: offers the waitlist, and tells the place in it', async () => {
    setToken('token');
    let waiting = false;
    mockApi({
      'GET /api/me': () => ({ body: me }),
      'GET /api/events/e1': () => ({
        body: waiting
          ? event({ registered: 8, waitlisted: 2, myRegistration: { id: 'r1', status: 'waitlisted', position: 2 } })
          : event({ registered: 8, waitlisted: 1 }),
      }),
      'POST /api/events/e1/registrations': () => {
        waiting = true;
        return { status: 201, body: aRegistration({ status: 'waitlisted', position: 2 }) };
      },
    });
    render();
    const section = await panel();
    expect(screen.getByText('Ausgebucht – Warteliste (1 wartet)')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Anmelden' })).not.toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Auf die Warteliste' }));
    expect(await within(section).findByText('Sie stehen auf der Warteliste, Platz 2.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Sie stehen auf der Warteliste, Platz 2.'),
    );
  });

  it('waitlisted: shows the position and leaves the waitlist after a confirmation', async () => {
    setToken('token');
    let left = false;
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'GET /api/events/e1': () => ({
        body: event({
          registered: 8,
          waitlisted: 3,
          myRegistration: left ? null : { id: 'r7', status: 'waitlisted', position: 3 },
        }),
      }),
      'DELETE /api/registrations/r7': () => {
        left = true;
        return { status: 204 };
      },
    });
    render();
    const section = await panel();
    expect(await within(section).findByText('Sie stehen auf der Warteliste, Platz 3.')).toBeInTheDocument();
    await userEvent.click(within(section).getByRole('button', { name: 'Von der Warteliste nehmen' }));
    const dialog = screen.getByRole('dialog', { name: 'Anmeldung zurückziehen?' });
    expect(dialog).toHaveTextContent('Sie verlieren Ihren Platz auf der Warteliste.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, abmelden' }));
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/registrations/r7')).toBe(true);
    expect(await within(section).findByRole('button', { name: 'Auf die Warteliste' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Ihre Anmeldung ist zurückgezogen.'),
    );
  });

  it('says why a registration was refused in its own words', async () => {
    setToken('token');
    mockApi({
      'GET /api/me': () => ({ body: me }),
      'GET /api/events/e1': () => ({ body: event() }),
      'POST /api/events/e1/registrations': () => problem(422, 'registration-closed'),
    });
    render();
    await userEvent.click(within(await panel()).getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Die Anmeldung ist geschlossen/);
  });

  it('closed once the event has started, keeping my registration in view', async () => {
    setToken('token');
    mockApi({
      'GET /api/me': () => ({ body: me }),
      'GET /api/events/e1': () => ({
        body: event({
          start: new Date(Date.now() - hour).toISOString(),
          end: new Date(Date.now() + hour).toISOString(),
          myRegistration: { id: 'r1', status: 'registered', position: null },
        }),
      }),
    });
    render();
    const section = await panel();
    expect(
      within(section).getByText('Die Veranstaltung hat begonnen – die Anmeldung ist geschlossen.'),
    ).toBeInTheDocument();
    expect(within(section).getByText('Sie sind angemeldet.')).toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('cancelled: says so and offers nothing', async () => {
    mockApi({ 'GET /api/events/e1': () => ({ body: event({ status: 'cancelled' }) }) });
    render();
    expect(await screen.findByText('Abgesagt')).toBeInTheDocument();
    const section = await panel();
    expect(within(section).getByText('Die Veranstaltung findet nicht statt.')).toBeInTheDocument();
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'In den Kalender (.ics)' })).not.toBeInTheDocument();
  });

  it('an unknown or hidden event reads as not found', async () => {
    mockApi({ 'GET /api/events/e1': () => problem(404, 'not-found') });
    render();
    expect(await screen.findByRole('heading', { name: 'Veranstaltung nicht gefunden' })).toBeInTheDocument();
  });

  it('reads in English too', async () => {
    localStorage.setItem('popdesk.locale', 'en');
    const { default: i18n } = await import('../../../lib/i18n');
    await i18n.changeLanguage('en');
    mockApi({ 'GET /api/events/e1': () => ({ body: event({ registered: 8 }) }) });
    render();
    expect(await screen.findByText('Full – waitlist')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Log in to register' })).toBeInTheDocument();
  });
});
