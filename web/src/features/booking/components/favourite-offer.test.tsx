import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FavouriteDesk } from '@popdesk/shared';
import { anAvailability } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { DayPlanner, type PlannerSpace } from './day-planner';

const tz = 'Europe/Berlin';
const date = addDays(todayIn(tz), 1);
const at = (time: string) => zonedInstant(date, time, tz).toISOString();
const space: PlannerSpace = {
  id: 's1',
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: null,
  timezone: tz,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  minBookingMinutes: 30,
  maxFutureBookingsPerPerson: null,
  opensOn: null,
  closesOn: null,
};
const day = anAvailability({
  date,
  open: [{ start: at('08:00'), end: at('18:00') }],
  desks: [
    { deskId: 'd1', name: 'Ecke', free: [{ start: at('08:00'), end: at('18:00') }] },
    // taken in the morning: not proposed for it
    { deskId: 'd2', name: 'Tür', free: [{ start: at('13:00'), end: at('18:00') }] },
    { deskId: 'd3', name: 'Fenster', free: [{ start: at('08:00'), end: at('18:00') }] },
  ],
});
const favourite = (deskId: string, deskName: string): FavouriteDesk => ({
  deskId,
  deskName,
  spaceId: 's1',
  spaceName: 'Dorfbüro',
  town: 'Neuruppin',
  createdAt: '2031-01-01T00:00:00.000Z',
});

const slow = { timeout: 5000 }; // the machine may be busy
const renderPlanner = () => renderWithApp(<DayPlanner space={space} date={date} onDateChange={() => {}} />);

describe('favourites in the day view', () => {
  beforeEach(() => setToken('token'));

  it('proposes the first favourite free for the chosen time and takes it on request', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: day }),
      'GET /api/me/favourites': () => ({ body: [favourite('d2', 'Tür'), favourite('d3', 'Fenster')] }),
    });
    renderPlanner();
    await userEvent.click(await screen.findByRole('button', { name: /Vormittag/ }, slow));
    // the planner chose the first free desk; Tür is taken in the morning, so Fenster is proposed
    expect(screen.getByRole('radio', { name: /Ecke/ })).toBeChecked();
    const offer = await screen.findByText('Ihr Lieblingsplatz Fenster ist frei – übernehmen?', {}, slow);
    await userEvent.click(screen.getByRole('button', { name: 'Übernehmen' }));
    expect(screen.getByRole('radio', { name: /Fenster/ })).toBeChecked();
    expect(offer).not.toBeInTheDocument();
  });

  it('hides the proposal on "Nein danke"', async () => {
    mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: day }),
      'GET /api/me/favourites': () => ({ body: [favourite('d3', 'Fenster')] }),
    });
    renderPlanner();
    expect(await screen.findByText('Ihr Lieblingsplatz Fenster ist frei – übernehmen?', {}, slow)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nein danke' }));
    expect(screen.queryByText(/Lieblingsplatz/)).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Ecke/ })).not.toBeChecked();
  });

  it('stars desks in the timeline: pressed for favourites, toggled by PUT and DELETE', async () => {
    let favourites = [favourite('d3', 'Fenster')];
    const calls = mockApi({
      'GET /api/spaces/s1/availability': () => ({ body: day }),
      'GET /api/me/favourites': () => ({ body: favourites }),
      'PUT /api/me/favourites/d1': () => {
        favourites = [...favourites, favourite('d1', 'Ecke')];
        return { status: 201, body: favourite('d1', 'Ecke') };
      },
      'DELETE /api/me/favourites/d3': () => {
        favourites = favourites.filter((f) => f.deskId !== 'd3');
        return { status: 204 };
      },
      'PUT /api/me/favourites/d2': () => problem(422, 'too-many-favourites'),
    });
    renderPlanner();
    const star = (desk: string) => screen.findByRole('button', { name: `Als Favorit merken: ${desk}` }, slow);
    expect(await star('Fenster')).toHaveAttribute('aria-pressed', 'true');
    expect(await star('Ecke')).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(await star('Ecke'));
    await expect.poll(async () => (await star('Ecke')).getAttribute('aria-pressed'), slow).toBe('true');
    await userEvent.click(await star('Fenster'));
    await expect.poll(async () => (await star('Fenster')).getAttribute('aria-pressed'), slow).toBe('false');
    expect(calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`)).toEqual([
      'PUT /api/me/favourites/d1',
      'DELETE /api/me/favourites/d3',
    ]);

    await userEvent.click(await star('Tür'));
    const row = (await star('Tür')).closest('li')!;
    expect(await within(row).findByRole('alert', {}, slow)).toHaveTextContent('Sie haben schon 50 Lieblingsplätze');
    expect(await star('Tür')).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows no stars and proposes nothing when signed out', async () => {
    setToken(null);
    const calls = mockApi({ 'GET /api/spaces/s1/availability': () => ({ body: day }) });
    renderPlanner();
    expect(await screen.findByRole('group', { name: 'Fenster' }, slow)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Als Favorit merken/ })).not.toBeInTheDocument();
    expect(calls.some((c) => c.path.startsWith('/api/me/favourites'))).toBe(false);
  });
});
