import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Availability, DeskFeature } from '@popdesk/shared';
import { anAvailability } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
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
  address: 'Markt 1',
  timezone: tz,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  minBookingMinutes: 30,
  maxFutureBookingsPerPerson: null,
  opensOn: null,
  closesOn: null,
};
const open = [{ start: at('08:00'), end: at('18:00') }];
const desks: Availability['desks'] = [
  { deskId: 'd1', name: 'Fenster', free: open, features: ['monitor', 'quiet', 'window'] },
  { deskId: 'd2', name: 'Ecke', free: open, features: ['monitor'] },
  { deskId: 'd3', name: 'Tür', free: open, features: [] },
];

/** The API filters as the contract says: only desks with all the asked features. */
function mockDay() {
  return mockApi({
    'GET /api/spaces/s1/availability': (_, url) => {
      const asked = (url.searchParams.get('features') ?? '').split(',').filter(Boolean);
      return {
        body: anAvailability({
          date,
          open,
          desks: desks.filter((d) => asked.every((f) => d.features!.includes(f as DeskFeature))),
        }),
      };
    },
  });
}

/** The filter kept by the page around the planner (the route keeps it in the URL). */
function FilteredPlanner({ initial = [] as DeskFeature[] }) {
  const [features, setFeatures] = useState(initial);
  return (
    <DayPlanner space={space} date={date} onDateChange={() => {}} features={features} onFeaturesChange={setFeatures} />
  );
}

const deskNames = () => screen.getAllByRole('group', { name: /^(Fenster|Ecke|Tür)$/ }).map((g) => g.ariaLabel);

describe('the day view’s feature filter', () => {
  beforeEach(() => setToken('token'));

  it('shows each desk’s features as badges with words, and toggle buttons that are not pressed', async () => {
    mockDay();
    renderWithApp(<FilteredPlanner />);
    await screen.findByRole('group', { name: 'Fenster' }, { timeout: 5000 });
    const fenster = screen.getByRole('group', { name: 'Fenster' }).closest('li')!;
    expect(within(within(fenster).getByRole('list', { name: 'Ausstattung' })).getByText('Ruhig')).toBeInTheDocument();
    const filter = screen.getByRole('group', { name: 'Nach Ausstattung filtern' });
    const buttons = within(filter).getAllByRole('button');
    expect(buttons.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Monitor', 'false'],
      ['Stehtisch', 'false'],
      ['Ruhig', 'false'],
      ['Fensterplatz', 'false'],
      ['Steckdose', 'false'],
      ['Barrierefrei', 'false'],
      ['Dockingstation', 'false'],
    ]);
  });

  it('narrows the desks to those with every pressed feature, asking the API, and clears again', async () => {
    const calls = mockDay();
    renderWithApp(<FilteredPlanner />);
    await screen.findByRole('group', { name: 'Tür' }, { timeout: 5000 });
    const filter = screen.getByRole('group', { name: 'Nach Ausstattung filtern' });

    await userEvent.click(within(filter).getByRole('button', { name: 'Monitor' }));
    expect(within(filter).getByRole('button', { name: 'Monitor' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.queryByRole('group', { name: 'Tür' })).not.toBeInTheDocument(), {
      timeout: 5000,
    });
    expect(deskNames()).toEqual(['Fenster', 'Ecke']);
    expect(within(filter).getByRole('status')).toHaveTextContent('2 Tische haben alles Gewählte.');

    await userEvent.click(within(filter).getByRole('button', { name: 'Ruhig' }));
    await waitFor(() => expect(deskNames()).toEqual(['Fenster']), { timeout: 5000 });
    expect(within(filter).getByRole('status')).toHaveTextContent('1 Tisch hat alles Gewählte.');
    expect(calls.map((c) => c.path)).toContain(`/api/spaces/s1/availability?date=${date}&features=monitor,quiet`);

    await userEvent.click(within(filter).getByRole('button', { name: 'Filter zurücksetzen' }));
    await screen.findByRole('group', { name: 'Tür' }, { timeout: 5000 });
    expect(within(filter).getByRole('button', { name: 'Monitor' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('says so when no desk has everything, with a way back', async () => {
    mockDay();
    renderWithApp(<FilteredPlanner initial={['docking']} />);
    expect(
      await screen.findByText('Kein Tisch hat alles Gewählte. Nehmen Sie einen Filter weg.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    const alert = screen.getByText('Kein passender Tisch').closest('div')!.parentElement!;
    await userEvent.click(within(alert).getByRole('button', { name: 'Filter zurücksetzen' }));
    await screen.findByRole('group', { name: 'Tür' }, { timeout: 5000 });
  });
});
