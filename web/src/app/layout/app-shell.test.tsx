import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '../provider';
import { aMe } from '../../test/factories';
import { testQueryClient, mockApi } from '../../test/render';
import { setToken } from '../../lib/auth-token';
import { Component as ManageLayout } from '../routes/manage/layout';
import { Component as ReportsLayout } from '../routes/reports/layout';
import { AppShell } from './app-shell';

function renderShell(at = '/') {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <AppShell />,
        children: [
          { index: true, element: <p>Inhalt</p> },
          { path: '*', element: <p>Seite</p> },
        ],
      },
    ],
    { initialEntries: [at] },
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

  it('shows an analyst the reports and nothing of management', async () => {
    setToken('jwt');
    mockApi({ 'GET /api/me': () => ({ body: aMe({ id: 'a', name: 'Landesamt', role: 'analyst' }) }) });
    renderShell();
    expect(await screen.findByRole('link', { name: 'Berichte' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Verwaltung' })).not.toBeInTheDocument();
  });

  it('remembers the page in the login link without making it a must', () => {
    renderShell('/spaces/s1');
    expect(screen.getByRole('link', { name: 'Anmelden' })).toHaveAttribute('href', '/login?from=%2Fspaces%2Fs1');
  });
});

describe('route guards for analysts', () => {
  function renderArea(Layout: () => ReactElement) {
    setToken('jwt');
    mockApi({ 'GET /api/me': () => ({ body: aMe({ id: 'a', role: 'analyst' }) }) });
    const router = createMemoryRouter(
      [{ path: '/', element: <Layout />, children: [{ index: true, element: <p>Seiteninhalt</p> }] }],
      { initialEntries: ['/'] },
    );
    render(
      <AppProvider queryClient={testQueryClient()}>
        <RouterProvider router={router} />
      </AppProvider>,
    );
  }

  it('lets analysts into the reports', async () => {
    renderArea(ReportsLayout);
    expect(await screen.findByText('Seiteninhalt')).toBeInTheDocument();
  });

  it('refuses analysts the management pages', async () => {
    renderArea(ManageLayout);
    expect(await screen.findByRole('heading', { name: 'Kein Zugriff' })).toBeInTheDocument();
    expect(screen.queryByText('Seiteninhalt')).not.toBeInTheDocument();
  });
});
