import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { getToken, setToken } from '../../../lib/auth-token';
import { ProfilePage } from './profile-page';

const me = aMe({ id: 'u', name: 'Erika', email: 'erika@example.de', locale: 'de', calendarUrl: 'https://x/old.ics' });

describe('profile security', () => {
  beforeEach(() => setToken('jwt'));

  it('changes the password and keeps this session with the token the server answers', async () => {
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'POST /api/me/password': (init) =>
        JSON.parse(String(init!.body)).currentPassword === 'right password'
          ? { body: { token: 'new-jwt', user: me } }
          : problem(403, 'forbidden'),
    });
    renderWithApp(<ProfilePage />);
    const section = within(await screen.findByRole('region', { name: 'Passwort ändern' }));
    await userEvent.type(section.getByLabelText('Aktuelles Passwort'), 'wrong password');
    await userEvent.type(section.getByLabelText('Neues Passwort'), 'a new passphrase');
    await userEvent.click(section.getByRole('button', { name: 'Passwort ändern' }));
    expect(await section.findByText('Das aktuelle Passwort stimmt nicht.')).toBeInTheDocument();
    expect(getToken()).toBe('jwt');

    await userEvent.clear(section.getByLabelText('Aktuelles Passwort'));
    await userEvent.type(section.getByLabelText('Aktuelles Passwort'), 'right password');
    await userEvent.click(section.getByRole('button', { name: 'Passwort ändern' }));
    expect(await section.findByText(/Das Passwort wurde geändert/, { selector: 'p, div' })).toBeInTheDocument();
    expect(getToken()).toBe('new-jwt');
    expect(calls.filter((c) => c.method === 'POST').at(-1)!.body).toEqual({
      currentPassword: 'right password',
      newPassword: 'a new passphrase',
    });
    expect(section.getByLabelText('Aktuelles Passwort')).toHaveValue('');
  });

  it('makes a new calendar link only after confirming that the old one stops working', async () => {
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'POST /api/me/calendar-token': () => ({ body: { ...me, calendarUrl: 'https://x/new.ics' } }),
    });
    renderWithApp(<ProfilePage />);
    const renew = await screen.findByRole('button', { name: 'Neuen Kalenderlink erzeugen' });
    const section = within(renew.closest('section')!);
    await userEvent.click(renew);
    const dialog = screen.getByRole('dialog', { name: 'Neuen Kalenderlink erzeugen?' });
    expect(dialog).toHaveTextContent('Der bisherige Link funktioniert danach nicht mehr');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Neuen Link erzeugen' }));
    expect(await screen.findByDisplayValue('https://x/new.ics')).toBeInTheDocument();
    expect(section.getByText(/Ein neuer Kalenderlink ist erzeugt/)).toBeInTheDocument();
  });

  it('logs out everywhere after a confirmation, this browser included', async () => {
    const calls = mockApi({
      'GET /api/me': () => ({ body: me }),
      'POST /api/me/logout-everywhere': () => ({ status: 204 }),
    });
    const { router } = renderWithApp(<ProfilePage />, { path: '/profile' });
    await userEvent.click(await screen.findByRole('button', { name: 'Überall abmelden' }));
    const dialog = screen.getByRole('dialog', { name: 'Auf allen Geräten abmelden?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Überall abmelden' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(getToken()).toBeNull();
    expect(calls.some((c) => c.path === '/api/me/logout-everywhere')).toBe(true);
  });
});
