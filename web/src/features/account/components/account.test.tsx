import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aMe, aUser } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { getToken, setToken } from '../../../lib/auth-token';
import { LoginPage } from './login-page';
import { ProfilePage } from './profile-page';
import { RegisterPage } from './register-page';

const user = aUser({ id: 'u', email: 'erika@example.de', locale: 'en' });

describe('login', () => {
  it('says in plain words when e-mail or password is wrong', async () => {
    mockApi({ 'POST /api/auth/login': () => problem(401, 'unauthorized', 'E-mail or password is wrong.') });
    renderWithApp(<LoginPage />);
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'erika@example.de');
    await userEvent.type(screen.getByLabelText('Passwort'), 'wrong-password');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('E-Mail-Adresse oder Passwort ist falsch.');
    expect(getToken()).toBeNull();
  });

  it('keeps the token, adopts the profile language and goes back to where the person came from', async () => {
    mockApi({
      'POST /api/auth/login': () => ({ body: { token: 'jwt', user } }),
      'GET /api/me': () => ({ body: aMe({ ...user, calendarUrl: 'x' }) }),
    });
    const { router } = renderWithApp(<LoginPage />, { path: '/login?next=%2Fbookings' });
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'erika@example.de');
    await userEvent.type(screen.getByLabelText('Passwort'), 'right-password');
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/bookings'));
    expect(getToken()).toBe('jwt');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('register', () => {
  it('checks the fields before sending and lists what to fix', async () => {
    const calls = mockApi({});
    renderWithApp(<RegisterPage />);
    await userEvent.type(screen.getByLabelText('Passwort'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Konto erstellen' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Name: Bitte ausfüllen.');
    expect(summary).toHaveTextContent('Das Passwort braucht mindestens 10 Zeichen.');
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('explains a taken e-mail address', async () => {
    mockApi({ 'POST /api/auth/register': () => problem(409, 'email-taken') });
    renderWithApp(<RegisterPage />);
    await userEvent.type(screen.getByLabelText('Name'), 'Erika');
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'erika@example.de');
    await userEvent.type(screen.getByLabelText('Passwort'), 'long-enough-password');
    await userEvent.click(screen.getByRole('button', { name: 'Konto erstellen' }));
    expect(await screen.findByText(/Mit dieser E-Mail-Adresse gibt es schon ein Konto/)).toBeInTheDocument();
  });
});

describe('profile', () => {
  beforeEach(() => setToken('jwt'));

  it('saves name, group and language', async () => {
    const calls = mockApi({
      'GET /api/me': () => ({ body: aMe({ ...user, locale: 'de' }) }),
      'PATCH /api/me': (init) => ({ body: { ...aMe(user), ...JSON.parse(String(init!.body)) } }),
    });
    renderWithApp(<ProfilePage />);
    await userEvent.selectOptions(await screen.findByLabelText(/Ich bin/), 'student');
    await userEvent.click(screen.getByLabelText('English'));
    await userEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Your details are saved.', { selector: 'p, div' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ name: 'Erika', group: 'student', locale: 'en' });
  });

  it('deletes the account only after an explicit confirmation', async () => {
    const calls = mockApi({
      'GET /api/me': () => ({ body: aMe({ ...user, locale: 'de' }) }),
      'DELETE /api/me': () => ({ status: 204 }),
    });
    const { router } = renderWithApp(<ProfilePage />, { path: '/profile' });
    await userEvent.click(await screen.findByRole('button', { name: 'Konto löschen …' }));
    const dialog = screen.getByRole('dialog', { name: 'Konto endgültig löschen?' });
    const confirm = within(dialog).getByRole('button', { name: 'Endgültig löschen' });
    expect(confirm).toBeDisabled();
    await userEvent.click(within(dialog).getByLabelText(/Ich habe verstanden/));
    await userEvent.click(confirm);
    await waitFor(() => expect(router.state.location.search).toBe('?deleted=1'));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
    // the session ends once the page has moved on
    await waitFor(() => expect(getToken()).toBeNull());
  });
});
