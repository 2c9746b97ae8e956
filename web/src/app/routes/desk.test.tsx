import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import userEvent from '@testing-library/user-event';
import type { DeskDoor } from '@popdesk/shared';
import { aDesk, aMe, aUser } from '../../test/factories';
import { setToken } from '../../lib/auth-token';
import { mockApi, problem, renderWithApp, testQueryClient } from '../../test/render';
import { AppProvider } from '../provider';
import { createAppRouter } from '../router';
import { Component as DeskRoute } from './desk';
import { Component as LoginRoute } from './login';

const door: DeskDoor = {
  desk: aDesk({ name: 'Fenster' }),
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
  },
};

describe('the desk page after logging in', () => {
  it('comes back to the same step with the chosen end, and books nothing without the tap', async () => {
    const user = aUser({ id: 'u' });
    const calls = mockApi({
      'GET /api/desks/d1/door': () => ({ body: door }),
      'POST /api/auth/login': () => ({ body: { token: 'jwt', user } }),
      'GET /api/me': () => ({ body: aMe(user) }),
    });
    const { router } = renderWithApp(<DeskRoute />, {
      path: '/tisch/d1?until=16:30',
      routePath: '/tisch/:deskId',
      extraRoutes: [{ path: '/login', element: <LoginRoute /> }],
    });
    await userEvent.click(await screen.findByRole('link', { name: 'Anmelden' }));
    await userEvent.type(await screen.findByLabelText('E-Mail-Adresse'), 'erika@example.de');
    await userEvent.type(screen.getByLabelText('Passwort'), 'right-password');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    const field = await screen.findByLabelText('Endzeit', {}, { timeout: 5000 });
    expect(router.state.location.pathname + router.state.location.search).toBe('/tisch/d1?until=16:30');
    expect(field).toHaveValue('16:30');
    expect(screen.getByRole('button', { name: 'Buchen und einchecken – bis 16:30' })).toBeEnabled();
    // the page asked again, now with the token (for the person's own booking)
    await waitFor(() =>
      expect(calls.filter((c) => c.path === '/api/desks/d1/door').at(-1)?.headers.Authorization).toBe('Bearer jwt'),
    );
    expect(calls.some((c) => c.path.endsWith('/walk-up'))).toBe(false);
  });
});

describe('the desk page with a token the server no longer accepts', () => {
  it('stays on the page and offers login, saying the session ended', async () => {
    setToken('old');
    mockApi({
      'GET /api/desks/d1/door': (init) =>
        new Headers(init?.headers).get('Authorization') ? problem(401, 'unauthorized') : { body: door },
    });
    window.history.replaceState(null, '', '/tisch/d1');
    const router = createAppRouter();
    render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
    // the page's code loads lazily: slow on a busy machine
    expect(await screen.findByText('Frei bis 18:00', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tisch/d1');
    const offer = screen.getByRole('region', { name: 'Anmelden und loslegen' });
    expect(within(offer).getByRole('link', { name: 'Anmelden' })).toHaveAttribute(
      'href',
      '/login?reason=expired&next=%2Ftisch%2Fd1',
    );
  });
});
