import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe } from '../../test/factories';
import { mockApi, renderWithApp } from '../../test/render';
import { getToken, setToken } from '../../lib/auth-token';
import { Component as HomeRoute } from './home';
import { Component as ProfileRoute } from './profile';

describe('after deleting the account', () => {
  it('lands on the start page with a clear message, not on the login form', async () => {
    setToken('jwt');
    mockApi({
      'GET /api/me': () => ({ body: aMe({ id: 'u', email: 'erika@example.de' }) }),
      'DELETE /api/me': () => ({ status: 204 }),
      'GET /api/spaces': () => ({ body: [] }),
    });
    const { router } = renderWithApp(<ProfileRoute />, {
      path: '/profile',
      routePath: '/profile',
      extraRoutes: [
        { path: '/', element: <HomeRoute /> },
        { path: '/login', element: <p>Login form</p> },
      ],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Konto löschen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Konto endgültig löschen?' });
    await userEvent.click(within(dialog).getByLabelText(/Ich habe verstanden/));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await screen.findByText('Konto gelöscht', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(screen.queryByText('Login form')).not.toBeInTheDocument();
    expect(getToken()).toBeNull();
  });
});
