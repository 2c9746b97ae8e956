import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../provider';
import { aMe } from '../../test/factories';
import { testQueryClient, mockApi } from '../../test/render';
import { setToken } from '../../lib/auth-token';
import { AppShell } from './app-shell';

function renderShell() {
  const router = createMemoryRouter(
    [{ path: '/', element: <AppShell />, children: [{ index: true, element: <p>Inhalt</p> }] }],
    { initialEntries: ['/'] },
  );
  render(
    <AppProvider queryClient={testQueryClient()}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('the app shell', () => {
  it('has a skip link, a labelled navigation and login links when logged out', () => {
    renderShell();
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Anmelden' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Meine Buchungen' })).not.toBeInTheDocument();
  });

  it('switches the language, and remembers it in the profile when logged in', async () => {
    setToken('jwt');
    const me = aMe({ id: 'u', calendarUrl: 'x' });
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'PATCH /api/me': () => ({ body: { ...me, locale: 'en' } }),
    });
    renderShell();
    expect(await screen.findByText('Erika')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('link', { name: 'My bookings' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /English/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' }));
  });
});
