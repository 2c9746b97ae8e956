import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MonthFigures } from '@popdesk/shared';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { stubChartSize } from '../../../test/chart-size';
import { CHART_MAX_SPACES, ComparePage } from './compare-page';

/** One space's month: its bookings are its rank, so space 25 has the most. */
const figures = (i: number, month: string): MonthFigures => ({
  spaceId: `s${i}`,
  spaceName: `Büro ${String(i).padStart(2, '0')}`,
  town: 'Landkreis',
  month,
  timezone: 'Europe/Berlin',
  openDays: 20,
  availableDeskHours: 800,
  bookedDeskHours: 10 * i,
  occupiedDeskHours: 5 * i,
  utilisation: (10 * i) / 800,
  occupancy: (5 * i) / 800,
  bookings: i,
  cancellations: 0,
  noShows: 0,
  uniqueUsers: i,
  newUsers: 0,
  guestBookings: 0,
  peakConcurrentDesks: 1,
  turnedAway: 0,
  turnedAwayAttempts: 0,
  waitlistEntries: 0,
  events: { held: 0, capacity: 0, registered: 0, attended: 0, waitlisted: 0, deskHours: 0, noShows: 0 },
});

const SPACES = 25;

describe('comparing many spaces', () => {
  beforeEach(() => {
    setToken('token');
    stubChartSize();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('charts only the highest and lowest spaces, says so, and keeps every space in the table', async () => {
    mockApi({
      'GET /api/reports/usage': () => ({ body: Array.from({ length: SPACES }, (_, i) => figures(i + 1, '2026-10')) }),
    });
    const { container } = renderWithApp(
      <ComparePage
        from="2026-10"
        to="2026-10"
        metric="bookings"
        life={{ from: '2022-06', to: '2026-11', current: '2026-11' }}
        onChange={() => {}}
      />,
    );
    const table = await screen.findByRole('table', { name: /Buchungen je Space und Monat/ });
    expect(within(table).getAllByRole('row')).toHaveLength(SPACES + 1);
    const figure = screen.getByText('Buchungen je Space und Monat', { selector: 'figure h3' }).closest('figure')!;
    expect(figure.querySelector('[role="img"]')).toHaveAccessibleDescription(
      new RegExp(
        `Das Diagramm zeigt die 5 Spaces mit dem höchsten und die 5 mit dem niedrigsten Wert; alle ${SPACES} stehen in der Tabelle\\.`,
      ),
    );
    // one bar per charted space: the five highest (25 … 21) and the five lowest (5 … 1)
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(CHART_MAX_SPACES));
    const labels = [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((el) => el.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Büro 25', 'Büro 21', 'Büro 05', 'Büro 01']));
    expect(labels).not.toContain('Büro 13');
  });

  it('says that a long comparison is being worked out while it takes seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      let answer!: (v: { body: unknown }) => void;
      mockApi({ 'GET /api/reports/usage': () => new Promise((r) => (answer = r)) });
      renderWithApp(
        <ComparePage
          from="2026-01"
          to="2026-12"
          metric="utilisation"
          life={{ from: '2022-06', to: '2026-12', current: '2026-12' }}
          onChange={() => {}}
        />,
      );
      expect(screen.queryByText(/dauert das einige Sekunden/)).not.toBeInTheDocument();
      await vi.advanceTimersByTimeAsync(3_100);
      expect(
        await screen.findByText(
          'Die Zahlen werden berechnet – über viele Spaces und Monate dauert das einige Sekunden.',
        ),
      ).toBeInTheDocument();
      answer({ body: [figures(1, '2026-01')] });
      await screen.findByRole('table');
      expect(screen.queryByText(/dauert das einige Sekunden/)).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers every month of the spaces’ lives, marks the running month, and keeps the wide table scrollable', async () => {
    mockApi({
      'GET /api/reports/usage': () => ({
        body: [1, 2].flatMap((i) => ['2026-10', '2026-11', '2026-12'].map((m) => figures(i, m))),
      }),
    });
    const onChange = vi.fn();
    renderWithApp(
      <ComparePage
        from="2026-10"
        to="2026-12"
        metric="bookings"
        life={{ from: '2022-06', to: '2026-12', current: '2026-12' }}
        onChange={onChange}
      />,
    );
    const table = await screen.findByRole('table', { name: /Buchungen je Space und Monat/ });
    // the running month's column says it is provisional, to the eye and to a screen reader
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('Dez 26* (läuft noch, vorläufig)');
    expect(screen.getByText('* Dezember 2026 läuft noch — Zahlen vorläufig.')).toBeInTheDocument();
    // a region of its own that takes the keyboard focus, so a wide table can be scrolled
    const region = screen.getByRole('region', { name: /Buchungen je Space und Monat/ });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);

    const from = screen.getByRole('combobox', { name: 'Von' });
    expect(within(from).getByRole('option', { name: 'Juni 2022' })).toBeInTheDocument();
    expect(within(from).getByRole('option', { name: 'Dezember 2026 – läuft noch' })).toBeInTheDocument();
    await userEvent.selectOptions(from, '2022-06');
    expect(onChange).toHaveBeenCalledWith({ from: '2022-06', to: '2026-12', metric: 'bookings' });
  });
});
