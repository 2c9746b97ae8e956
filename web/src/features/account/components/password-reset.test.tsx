import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { ForgotPasswordPage } from './forgot-password-page';
import { LoginPage } from './login-page';
import { ResetPasswordPage } from './reset-password-page';

describe('forgot password', () => {
  it('is linked from the login page', async () => {
    mockApi({});
    const { router } = renderWithApp(<LoginPage />, { path: '/login' });
    await userEvent.click(screen.getByRole('link', { name: 'Passwort vergessen?' }));
    expect(router.state.location.pathname).toBe('/passwort-vergessen');
  });

  it('asks for a link and answers neutrally, never saying whether the account exists', async () => {
    const calls = mockApi({ 'POST /api/auth/password-reset': () => ({ status: 202, body: { status: 'accepted' } }) });
    renderWithApp(<ForgotPasswordPage />);
    await userEvent.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(screen.getByLabelText('E-Mail-Adresse')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);

    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), ' erika@example.de ');
    await userEvent.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(await screen.findByText(/Wenn es zu erika@example.de ein Konto gibt/)).toBeInTheDocument();
    expect(calls[0]!.body).toEqual({ email: 'erika@example.de' });
    expect(screen.queryByLabelText('E-Mail-Adresse')).not.toBeInTheDocument();
    expect(document.activeElement).toContainElement(screen.getByText(/Wenn es zu erika@example.de/));
  });

  it('explains throttling in plain words', async () => {
    mockApi({ 'POST /api/auth/password-reset': () => problem(429, 'too-many-attempts') });
    renderWithApp(<ForgotPasswordPage />);
    await userEvent.type(screen.getByLabelText('E-Mail-Adresse'), 'erika@example.de');
    await userEvent.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Das hat nicht geklappt');
  });
});

describe('reset password (the e-mail’s link)', () => {
  it('sets the new password with the link’s token and leads to the login', async () => {
    const calls = mockApi({ 'POST /api/auth/password-reset/confirm': () => ({ status: 204 }) });
    const { router } = renderWithApp(<ResetPasswordPage />, { path: '/passwort-zuruecksetzen?token=abc_DEF-123' });
    const field = screen.getByLabelText('Neues Passwort');
    expect(field).toHaveAttribute('type', 'password');
    await userEvent.type(field, 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Passwort anzeigen' }));
    expect(field).toHaveAttribute('type', 'text');
    await userEvent.type(field, ' and long enough');
    await userEvent.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(await screen.findByRole('heading', { name: 'Passwort geändert' })).toBeInTheDocument();
    expect(calls[0]!.body).toEqual({ token: 'abc_DEF-123', password: 'short and long enough' });
    await userEvent.click(screen.getByRole('link', { name: 'Zur Anmeldung' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('shows a clear page with a way to a new link when the link is used or expired', async () => {
    mockApi({ 'POST /api/auth/password-reset/confirm': () => problem(400, 'invalid-reset-token') });
    renderWithApp(<ResetPasswordPage />, { path: '/passwort-zuruecksetzen?token=old' });
    await userEvent.type(screen.getByLabelText('Neues Passwort'), 'long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(await screen.findByRole('heading', { name: 'Link ungültig' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Neuen Link anfordern' })).toHaveAttribute('href', '/passwort-vergessen');
  });

  it('treats a link without a token as spent', () => {
    mockApi({});
    renderWithApp(<ResetPasswordPage />, { path: '/passwort-zuruecksetzen' });
    expect(screen.getByText(/Der Link ist abgelaufen/)).toBeInTheDocument();
  });
});
