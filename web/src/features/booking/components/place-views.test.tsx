import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anAvailability } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { addDays, todayIn, zonedInstant } from '../../../lib/dates';
import { DayPlanner, type PlanViewProps, type PlannerSpace } from './day-planner';

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

/** What the floor plan gets from the day view (the plan itself is another feature's). */
const PlanStub = ({ places, selectedDeskId, onPick }: PlanViewProps) => (
  <ul aria-label="Plan">
    {places.map((p) => (
      <li key={p.deskId}>
        <button type="button" onClick={() => onPick(p.deskId)}>
          {`${p.name}: ${p.status}${p.deskId === selectedDeskId ? ' (chosen)' : ''}`}
        </button>
      </li>
    ))}
  </ul>
);

function renderPlanner(withPlan = true) {
  mockApi({
    'GET /api/spaces/s1/availability': () => ({
      body: anAvailability({
        date,
        open: [{ start: at('08:00'), end: at('18:00') }],
        desks: [
          { deskId: 'd1', name: 'Fenster', free: [{ start: at('08:00'), end: at('10:00') }] },
          { deskId: 'd2', name: 'Ecke', free: [] },
        ],
      }),
    }),
  });
  return renderWithApp(
    <DayPlanner
      space={space}
      date={date}
      onDateChange={() => {}}
      renderPlan={withPlan ? (p) => <PlanStub {...p} /> : undefined}
    />,
  );
}

describe('the day view with a floor plan', () => {
  beforeEach(() => setToken('token'));

  it('offers list and plan as tabs, the list first; arrow keys switch', async () => {
    renderPlanner();
    const list = await screen.findByRole('tab', { name: 'Liste' });
    const plan = screen.getByRole('tab', { name: 'Plan' });
    expect(list).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Liste' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Fenster' })).toBeInTheDocument();
    list.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(plan).toHaveFocus();
    expect(plan).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'Plan' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Fenster: free' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ecke: taken' })).toBeInTheDocument();
  });

  it('takes a desk picked on the plan into the booking form, with its free time', async () => {
    renderPlanner();
    await userEvent.click(await screen.findByRole('tab', { name: 'Plan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Fenster: free' }));
    expect(screen.getByRole('button', { name: 'Fenster: free (chosen)' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^Fenster/ })).toBeChecked();
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent(/Fenster, .*ausgewählt/));
  });

  it('has no tabs when the space has no plan', async () => {
    renderPlanner(false);
    expect(await screen.findByRole('group', { name: 'Fenster' })).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });
});
