import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@popdesk/shared';
import { aMe, aUser } from '../../test/factories';
import { mockApi, renderWithApp } from '../../test/render';
import { chosenLanguage, setLanguage } from '../../lib/i18n';
import { Component as LoginRoute } from './login';

const landings = [
  { path: '/', element: <p>Spaces</p> },
  { path: '/bookings', element: <p>My bookings</p> },
  { path: '/manage/today', element: <p>Front desk</p> },
  { path: '/reports', element: <p>Reports</p> },
];

function logInAs(role: Role, { locale = 'de' as 'de' | 'en', path = '/login' } = {}) {
  const user = aUser({ id: 'u', role, locale, spaceIds: role === 'staff' ? ['s1'] : [] });
  const calls = mockApi({
    'POST /api/auth/login': () => ({ body: { token: 'jwt', user } }),
    'GET /api/me': () => ({ body: aMe(user) }),
    'PATCH /api/me': (init) => ({ body: { ...aMe(user), ...JSON.parse(String(init!.body)) } }),
  });
  const rendered = renderWithApp(<LoginRoute />, { path, routePath: '/login', extraRoutes: landings });
  return { calls, ...rendered };
}

async function submit() {
  await userEvent.type(screen.getByLabelText(/e-?mail/i), 'erika@example.de');
  await userEvent.type(screen.getByLabelText(/^Passw(ort|ord)$/), 'right-password');
  await userEvent.click(screen.getByRole('button', { name: /Anmelden|Log in/ }));
}

describe('landing after login by role', () => {
  it('takes staff to the front desk of their space', async () => {
    const { router } = logInAs('staff');
    await submit();
    expect(await screen.findByText('Front desk', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/manage/today');
  });

  it.each(['admin', 'analyst'] as const)('takes an %s to the reports', async (role) => {
    logInAs(role);
    await submit();
    expect(await screen.findByText('Reports', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('takes a coworker back to the page the login link was clicked on', async () => {
    logInAs('coworker', { path: '/login?from=%2Fbookings' });
    await submit();
    expect(await screen.findByText('My bookings', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('follows a page that asked for the login, whatever the role', async () => {
    const { router } = logInAs('staff', { path: '/login?next=%2Fbookings' });
    await submit();
    expect(await screen.findByText('My bookings', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/bookings');
  });
});

describe('the language through login', () => {
  it('keeps a language chosen before login and saves it to the profile', async () => {
    setLanguage('en');
    const { calls } = logInAs('coworker', { locale: 'de' });
    await submit();
    expect(await screen.findByText('Spaces', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ locale: 'en' }));
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('popdesk.locale')).toBe('en');
  });

  it('uses the profile language when none was chosen in this browser', async () => {
    const { calls } = logInAs('coworker', { locale: 'en' });
    await submit();
    expect(await screen.findByText('Spaces', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    // adopted, not chosen: the next person logging in here gets their own profile's language
    expect(chosenLanguage()).toBeNull();
  });

  it('does not write to the profile when the choice already matches it', async () => {
    setLanguage('en');
    const { calls } = logInAs('coworker', { locale: 'en' });
    await submit();
    expect(await screen.findByText('Spaces', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
    expect(document.documentElement.lang).toBe('en');
  });
});
