import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSpaceDetail, anAvailability } from '../../test/factories';
import { addDays, todayIn, zonedInstant } from '../../lib/dates';
import { mockApi, renderWithApp } from '../../test/render';
import { Component as SpaceRoute } from './space';

const date = addDays(todayIn('Europe/Berlin'), 1);
const open = [
  {
    start: zonedInstant(date, '08:00', 'Europe/Berlin').toISOString(),
    end: zonedInstant(date, '18:00', 'Europe/Berlin').toISOString(),
  },
];

describe('/spaces/:spaceId keeps the feature filter in the URL', () => {
  it('reads ?features= into the filter and the availability request, and writes changes back', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1': () => ({ body: aSpaceDetail({ id: 's1', timezone: 'Europe/Berlin' }) }),
      'GET /api/spaces/s1/availability': () => ({
        body: anAvailability({
          date,
          open,
          desks: [{ deskId: 'd1', name: 'Fenster', free: open, features: ['monitor', 'quiet'] }],
        }),
      }),
    });
    const { router } = renderWithApp(<SpaceRoute />, {
      path: `/spaces/s1?date=${date}&features=quiet,monitor`,
      routePath: '/spaces/:spaceId',
    });
    const filter = await screen.findByRole('group', { name: 'Nach Ausstattung filtern' }, { timeout: 5000 });
    expect(within(filter).getByRole('button', { name: 'Monitor' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(filter).getByRole('button', { name: 'Ruhig' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(
      () =>
        expect(calls.map((c) => c.path)).toContain(`/api/spaces/s1/availability?date=${date}&features=monitor,quiet`),
      { timeout: 5000 },
    );

    await userEvent.click(within(filter).getByRole('button', { name: 'Monitor' }));
    await waitFor(() => expect(router.state.location.search).toBe(`?date=${date}&features=quiet`), { timeout: 5000 });
    await userEvent.click(within(filter).getByRole('button', { name: 'Ruhig' }));
    // no filter, no parameter; the date stays
    await waitFor(() => expect(router.state.location.search).toBe(`?date=${date}`), { timeout: 5000 });
  });
});
