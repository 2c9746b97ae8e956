import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSpace, aUser } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { RoleForm } from './role-form';

describe('the role form', () => {
  it('makes someone an analyst: every report, no spaces to run', async () => {
    setToken('jwt');
    const user = aUser({ id: 'u7', name: 'Anna' });
    const calls = mockApi({
      'PUT /api/users/u7/role': () => ({ body: { ...user, role: 'analyst' } }),
      'GET /api/me': () => ({ body: { ...aUser({ id: 'admin', role: 'admin' }), calendarUrl: 'x' } }),
      'GET /api/users': () => ({ body: [] }),
    });
    const onDone = vi.fn();
    renderWithApp(<RoleForm user={user} spaces={[aSpace()]} onDone={onDone} />);
    await userEvent.click(screen.getByRole('radio', { name: /Auswertung \(nur lesen\)/ }));
    // analysts run no space: no space list to tick
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rolle speichern' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ role: 'analyst', spaceIds: [] });
  });
});
