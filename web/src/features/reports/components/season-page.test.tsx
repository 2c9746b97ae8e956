import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { DemandEvidence, SeasonFigures, SeasonReport } from '@popdesk/shared';
import { aMe, aSpace } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import i18n from '../../../lib/i18n';
import { stubChartSize } from '../../../test/chart-size';
import { SeasonPage } from './season-page';

const popup = aSpace({ id: 'ow', name: 'Pop-up-Büro', town: 'Oestrich-Winkel' });
const other = aSpace({ id: 'wb', name: 'Rathaus', town: 'Wittenberge' });

const figures = (bookings: number, utilisation: number): SeasonFigures => ({
  openDays: 20,
  availableDeskHours: 1120,
  bookedDeskHours: 1120 * utilisation,
  occupiedDeskHours: 100,
  utilisation,
  occupancy: 100 / 1120,
  bookings,
  cancellations: 1,
  noShows: 2,
  uniqueUsers: 10,
  newUsers: 3,
  guestBookings: 4,
  peakConcurrentDesks: 6,
  turnedAway: 0,
  turnedAwayAttempts: 0,
  waitlistEntries: 0,
  events: { held: 2, capacity: 16, registered: bookings - 4, attended: 5, waitlisted: 1, deskHours: 12.5, noShows: 1 },
});

const months = ['2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12'];
const season: SeasonReport = {
  from: '2022-06',
  to: '2022-12',
  spaceId: 'ow',
  spaceName: 'Pop-up-Büro',
  town: 'Oestrich-Winkel',
  timezone: 'Europe/Berlin',
  months: months.map((month, i) => ({ month, complete: true, ...figures(10 + i, 0.1 * (i + 1)) })),
  totals: { ...figures(91, 0.4), uniqueUsers: 25, bookedDeskHours: 3136, availableDeskHours: 7840 },
};

const life = { from: '2022-06', to: '2022-12', current: '2026-11' };

const noSurvey: DemandEvidence = {
  spaceId: 'ow',
  from: '2022-06',
  to: '2022-12',
  surveyIds: [],
  visits: 91,
  co2KgPerKm: 0.15,
  commute: { n: 0, meanKmPerVisit: null, totalKm: null, totalCo2Kg: null, months: [] },
  satisfaction: { n: 0, mean: null, counts: [] },
  willingnessToPay: { n: 0, median: null, counts: [], simulation: [] },
};

describe('the season view', () => {
  beforeEach(() => {
    setToken('token');
    stubChartSize();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('de');
  });

  it('shows the season month by month side by side with totals, as a chart and as a table', async () => {
    const calls = mockApi({
      'GET /api/reports/season': () => ({ body: season }),
      'GET /api/spaces/ow/demand': () => ({ body: noSurvey }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    const { container } = renderWithApp(
      <SeasonPage spaces={[other, popup]} spaceId="ow" from="2022-06" to="2022-12" life={life} onChange={() => {}} />,
    );
    const table = await screen.findByRole('table', {
      name: 'Pop-up-Büro (Oestrich-Winkel), Juni 2022 bis Dezember 2022',
    });
    expect(calls.find((c) => c.path.startsWith('/api/reports/season'))!.path).toBe(
      '/api/reports/season?from=2022-06&to=2022-12&spaceId=ow',
    );
    // the one space's survey evidence for the same months, after the season's figures
    expect(await screen.findByRole('heading', { level: 2, name: 'Nachfrage aus Umfragen' })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/spaces/ow/demand?from=2022-06&to=2022-12')).toBe(true);
    expect(await screen.findByText('Noch keine Umfrage für diesen Space')).toBeInTheDocument();
    const heads = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(['Kennzahl', 'Jun 22', 'Jul 22', 'Aug 22', 'Sep 22', 'Okt 22', 'Nov 22', 'Dez 22', 'Gesamt']);
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    expect(
      within(row('Buchungen'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '11', '12', '13', '14', '15', '16', '91']);
    expect(within(row('Auslastung')).getAllByRole('cell').at(-1)).toHaveTextContent(/40,0\s%/);
    expect(within(row('Personen')).getAllByRole('cell').at(-1)).toHaveTextContent('25');
    // the events per month, after the desk figures; their desk-hours are not in the utilisation
    expect(
      within(row('Angemeldet (Veranstaltungen)'))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '7', '8', '9', '10', '11', '12', '87']);
    expect(within(row('Tischstunden für Veranstaltungen')).getAllByRole('cell').at(0)).toHaveTextContent('12,5');

    const chart = screen
      .getByText('Auslastung und Belegung je Monat', { selector: 'figure h3' })
      .closest('figure')!
      .querySelector('[role="img"]')!;
    expect(chart).toHaveAccessibleDescription(/Höchste Auslastung: Dezember 2022 mit 70,0\s%/);
    await waitFor(() => expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(2), {
      timeout: 5000,
    });
    // the workbook and the CSV table, no machine CSV here
    expect(screen.getByText('Excel-Arbeitsmappe (.xlsx)', { selector: 'button' })).toBeInTheDocument();
    expect(screen.getByText('CSV-Tabelle', { selector: 'button' })).toBeInTheDocument();
    expect(screen.queryByText('Rohdaten (CSV für Excel)', { selector: 'button' })).not.toBeInTheDocument();
  }, 20_000);

  it('marks a running month, downloads the workbook in the page language, and changes space and period', async () => {
    const running: SeasonReport = {
      ...season,
      spaceId: null,
      spaceName: null,
      town: null,
      timezone: null,
      from: '2026-10',
      to: '2026-11',
      months: [
        { month: '2026-10', complete: true, ...figures(5, 0.2) },
        { month: '2026-11', complete: false, ...figures(3, 0.1) },
      ],
    };
    const calls = mockApi({
      'GET /api/reports/season': (_init, url) => (url.searchParams.get('format') ? { body: 'x' } : { body: running }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const onChange = vi.fn();
    renderWithApp(
      <SeasonPage
        spaces={[other, popup]}
        spaceId={null}
        from="2026-10"
        to="2026-11"
        life={{ from: '2022-06', to: '2026-11', current: '2026-11' }}
        onChange={onChange}
      />,
    );
    const table = await screen.findByRole('table', { name: /^Alle Spaces, Oktober 2026 bis November 2026/ });
    // all spaces: no survey evidence, which is per space
    expect(screen.getByText(/Die Nachfrage aus Umfragen gibt es je Space/)).toBeInTheDocument();
    expect(calls.some((c) => c.path.includes('/demand'))).toBe(false);
    // the running month's column says it is provisional, to the eye (*) and to a screen reader
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('Nov 26* (läuft noch, vorläufig)');
    expect(screen.getByText('* November 2026 läuft noch — Zahlen vorläufig.')).toBeInTheDocument();

    screen.getByText('Excel-Arbeitsmappe (.xlsx)', { selector: 'button' }).click();
    await waitFor(() => expect(calls.some((c) => c.path.includes('format=xlsx'))).toBe(true));
    expect(calls.find((c) => c.path.includes('format=xlsx'))!.path).toBe(
      '/api/reports/season?from=2026-10&to=2026-11&format=xlsx&locale=de',
    );
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Space' }), 'ow');
    expect(onChange).toHaveBeenLastCalledWith({ spaceId: 'ow', from: '', to: '' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Von' }), '2022-06');
    expect(onChange).toHaveBeenLastCalledWith({ spaceId: null, from: '2022-06', to: '2026-11' });
  }, 20_000);

  it('says when the period ends before it starts, and when the season cannot be loaded', async () => {
    const calls = mockApi({
      'GET /api/reports/season': () => problem(403, 'forbidden'),
      'GET /api/spaces/ow/demand': () => ({ body: noSurvey }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    const { unmount } = renderWithApp(
      <SeasonPage spaces={[popup]} spaceId="ow" from="2022-12" to="2022-06" life={life} onChange={() => {}} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('„Von“ liegt nach „Bis“.');
    expect(screen.getByRole('combobox', { name: 'Von' })).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
    unmount();

    // more than the API's 36 months: said before asking
    const long = renderWithApp(
      <SeasonPage spaces={[popup]} spaceId="ow" from="2022-06" to="2026-11" life={life} onChange={() => {}} />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Höchstens 36 Monate auf einmal');
    expect(calls).toHaveLength(0);
    long.unmount();

    renderWithApp(
      <SeasonPage spaces={[popup]} spaceId="ow" from="2022-06" to="2022-12" life={life} onChange={() => {}} />,
    );
    expect(await screen.findByText('Dazu fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
  });

  it('speaks English on an English page, and its files do too', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /api/reports/season': (_init, url) => (url.searchParams.get('format') ? { body: 'x' } : { body: season }),
      'GET /api/spaces/ow/demand': () => ({ body: noSurvey }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithApp(
      <SeasonPage spaces={[popup]} spaceId="ow" from="2022-06" to="2022-12" life={life} onChange={() => {}} />,
    );
    const table = await screen.findByRole('table', {
      name: 'Pop-up-Büro (Oestrich-Winkel), June 2022 to December 2022',
    });
    expect(within(table).getAllByRole('columnheader').at(-1)).toHaveTextContent('Total');
    expect(within(table).getByRole('rowheader', { name: 'Utilisation' })).toBeInTheDocument();
    screen.getByText('CSV table', { selector: 'button' }).click();
    await waitFor(() => expect(calls.some((c) => c.path.includes('layout=wide'))).toBe(true));
    expect(calls.find((c) => c.path.includes('layout=wide'))!.path).toBe(
      '/api/reports/season?from=2022-06&to=2022-12&spaceId=ow&format=csv&layout=wide&locale=en',
    );
    click.mockRestore();
  }, 20_000);
});
