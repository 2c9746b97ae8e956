import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { aBooking, aMe, aWaitlistEntry } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { MyBookingsPage } from './my-bookings-page';
import type { SpaceInfo } from './booking-card';

const hour = 3_600_000;
const info: SpaceInfo = {
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: 'Europe/Berlin',
  checkInRequired: false,
  releaseAfterMinutes: 30,
};

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

describe('my bookings offline', () => {
  beforeEach(() => setToken('token'));
  afterEach(() => {
    vi.restoreAllMocks();
    window.dispatchEvent(new Event('online'));
  });

  it('shows the saved bookings read-only, says why, and allows changes again once online', async () => {
    mockApi({
      'GET /api/bookings': () => ({
        body: [
          aBooking({
            id: 'now',
            userId: 'u',
            // starts in ten minutes: check-in is open
            start: new Date(Date.now() + 10 * 60_000).toISOString(),
            end: new Date(Date.now() + 2 * hour).toISOString(),
          }),
        ],
      }),
      'GET /api/me/waitlist': () => ({ body: [aWaitlistEntry({ id: 'w1', position: 1 })] }),
      'GET /api/me': () => ({ body: aMe({ id: 'u' }) }),
      'GET /api/me/registrations': () => ({ body: [] }),
    });
    renderWithApp(<MyBookingsPage spaceInfo={() => info} />);
    const checkIn = await screen.findByRole('button', { name: /einchecken/i });
    const leave = await screen.findByRole('button', { name: 'Austragen' });
    expect(checkIn).toBeEnabled();

    setOnline(false);
    const reason = screen.getByText(/Ohne Verbindung können Sie Ihre Buchungen nur ansehen/);
    for (const button of [checkIn, leave, screen.getByRole('button', { name: /^Stornieren/ })]) {
      expect(button).toBeDisabled();
    }
    // the bookings themselves stay readable
    expect(within(checkIn.closest('article, li, section')!).getByText(/Dorfbüro/)).toBeInTheDocument();
    const group = checkIn.closest('fieldset')!;
    expect(group).toHaveAttribute('aria-describedby', reason.id);

    setOnline(true);
    expect(screen.queryByText(/Ohne Verbindung/)).not.toBeInTheDocument();
    expect(checkIn).toBeEnabled();
  });
});
