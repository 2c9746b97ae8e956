import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { NAME_MAX } from '@popdesk/shared';
import { aMe } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { ProfilePage } from './profile-page';
import { RegisterPage } from './register-page';

describe('the name field', () => {
  it('takes at most as many characters as the server keeps, when registering', () => {
    renderWithApp(<RegisterPage />);
    expect(screen.getByLabelText('Name')).toHaveAttribute('maxlength', String(NAME_MAX));
  });

  it('and in the profile', async () => {
    setToken('jwt');
    mockApi({ 'GET /api/me': () => ({ body: aMe({ id: 'u' }) }) });
    renderWithApp(<ProfilePage />);
    expect(await screen.findByLabelText('Name')).toHaveAttribute('maxlength', String(NAME_MAX));
  });
});
