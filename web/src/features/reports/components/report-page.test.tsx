import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MonthFigures, MonthlyReport } from '@popdesk/shared';
import { aDesk, aSpace } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import i18n from '../../../lib/i18n';
import { stubChartSize } from '../../../test/chart-size';
import { zonedInstant } from '../../../lib/dates';
import { weekdayHourMap, type HeatmapSpace } from '../utils/heatmap';
import { ReportPage } from './report-page';

const space = aSpace({ deskCount: 4 });

const figures = (month: string, over: Partial<MonthFigures> = {}): MonthFigures => ({
  spaceId: 's1',
  spaceName: 'Dorfbüro',
  town: 'Neuruppin',
  month,
  timezone: 'Europe/Berlin',
  openDays: 22,
  availableDeskHours: 880,
  bookedDeskHours: 374,
  occupiedDeskHours: 120.5,
  utilisation: 0.425,
  occupancy: 0.136931818,
  bookings: 17,
  cancellations: 2,
  noShows: 1,
  uniqueUsers: 6,
  newUsers: 2,
  guestBookings: 3,
  peakConcurrentDesks: 4,
  turnedAway: 5,
  turnedAwayAttempts: 3,
  waitlistEntries: 2,
  events: { held: 0, capacity: 0, registered: 0, attended: 0, waitlisted: 0, deskHours: 0, noShows: 0 },
  ...over,
});

const report: MonthlyReport = {
  ...figures('2026-10'),
  byWeekday: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
    weekday,
    availableDeskHours: weekday <= 5 ? 176 : 0,
    bookedDeskHours: weekday === 2 ? 140 : weekday <= 5 ? 58.5 : 0,
    occupiedDeskHours: 0,
  })),
  byHour: Array.from({ length: 24 }, (_, hour) => ({
    hour,
    availableDeskHours: hour >= 8 && hour < 18 ? 88 : 0,
    bookedDeskHours: hour === 10 ? 80 : hour >= 8 && hour < 18 ? 32.67 : 0,
    occupiedDeskHours: 0,
  })),
  byGroup: [
    { group: 'commuter', users: 4, bookings: 10 },
    { group: 'other', users: 3, bookings: 7 },
  ],
  eventsByKind: [],
  eventsByGroup: [],
  rooms: [],
};

const trend = ['2026-08', '2026-09', '2026-10'].map((m, i) =>
  figures(m, { utilisation: [0.2, 0.5, 0.425][i], bookings: [8, 20, 17][i] }),
);

/** The space's life: from its first pilot season to the running month. */
const life = { from: '2022-06', to: '2026-11', current: '2026-11' };

const render = () =>
  renderWithApp(<ReportPage spaces={[space]} spaceId="s1" month="2026-10" life={life} onChange={() => {}} />);

describe('the monthly report', () => {
  beforeEach(() => {
    setToken('token');
    stubChartSize();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the month’s figures, the charts with their summaries, and the same numbers as tables', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/reports/monthly': () => ({ body: report }),
      'GET /api/reports/usage': () => ({ body: trend }),
    });
    const { container } = render();

    const kpis = await screen.findByText('Kennzahlen Oktober 2026', { selector: 'h2' }, { timeout: 5000 });
    const tiles = kpis.parentElement!.querySelector('dl')!;
    expect(within(tiles).getByText('Auslastung').parentElement).toHaveTextContent(
      /42,5\s%374,0 von 880,0 Tischstunden gebucht/,
    );
    expect(within(tiles).getByText('Buchungen').parentElement).toHaveTextContent('17davon 3 Gäste; 2 storniert');
    expect(within(tiles).getByText('Personen').parentElement).toHaveTextContent('6davon 2 zum ersten Mal');
    expect(within(tiles).getByText('Abgewiesen').parentElement).toHaveTextContent('5');

    // the trend is asked for the 12 months up to the report's month
    expect(calls.find((c) => c.path.startsWith('/api/reports/usage'))!.path).toBe(
      '/api/reports/usage?from=2025-11&to=2026-10&spaceId=s1',
    );

    // charts are pictures with a name and a summary in words …
    // (text queries: role queries over a page of charts are slow)
    const chart = (title: string) =>
      screen.getByText(title, { selector: 'figure h3' }).closest('figure')!.querySelector<HTMLElement>('[role="img"]')!;
    const weekday = chart('Auslastung nach Wochentag');
    expect(weekday).toHaveAccessibleName('Auslastung nach Wochentag');
    expect(weekday).toHaveAccessibleDescription(
      /Am stärksten ausgelastet: Dienstag \(79,5\s%\), am schwächsten: Montag \(33,2\s%\)/,
    );
    expect(chart('Auslastung nach Uhrzeit')).toHaveAccessibleDescription(/Spitzenzeit: 10:00–11:00 Uhr \(90,9\s%\)/);
    expect(chart('Personen und Buchungen nach Gruppe')).toHaveAccessibleDescription(
      /2 Gruppen; die meisten Buchungen: Pendler/,
    );
    await waitFor(() => expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThanOrEqual(6), {
      timeout: 5000,
    });
    expect(within(weekday).getAllByText('Di').length).toBeGreaterThan(0);

    // … and every number is in a table too
    const table = (name: string) => screen.getByText(name, { selector: 'caption' }).closest('table')!;
    const row = (t: HTMLElement, header: string) => within(t).getByRole('rowheader', { name: header }).closest('tr')!;
    expect(row(table('Kennzahlen Oktober 2026'), 'Buchungen')).toHaveTextContent('17');
    expect(row(table('Kennzahlen Oktober 2026'), 'Genutzte Tischstunden')).toHaveTextContent('120,5');
    expect(row(table('Tischstunden nach Wochentag, Oktober 2026'), 'Dienstag')).toHaveTextContent(
      /176,0140,00,079,5\s%/,
    );
    expect(within(table('Tischstunden nach Uhrzeit, Oktober 2026')).getAllByRole('row')).toHaveLength(11); // header + 08–18
    expect(
      row(table('Personen und Buchungen nach Gruppe, Oktober 2026'), 'Sonstiges / keine Angabe'),
    ).toHaveTextContent('37');
    expect(row(table('Entwicklung je Monat'), 'September 2026')).toHaveTextContent(/50,0\s%/);
  }, 20_000);

  it('downloads the workbook and the CSV table in the page language, under the server’s file name', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/reports/monthly': (_init, url) =>
        url.searchParams.get('format') ? { body: 'x' } : { body: report },
      'GET /api/reports/usage': () => ({ body: trend }),
    });
    // the server names the file (with the town, non-ASCII as RFC 5987 `filename*`)
    const answer = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const res = await answer(input, init);
      if (!String(input).includes('format=')) return res;
      return new Response(await res.blob(), {
        headers: {
          'Content-Disposition': `attachment; filename="PopDesk-Moelln-2026-10.xlsx"; filename*=UTF-8''PopDesk-M%C3%B6lln-2026-10.xlsx`,
        },
      });
    }) as typeof fetch;
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    render();
    (await screen.findByText('Excel-Arbeitsmappe (.xlsx)', { selector: 'button' })).click();
    await waitFor(() => expect(names).toEqual(['PopDesk-Mölln-2026-10.xlsx']));
    const xlsx = calls.find((c) => c.path.includes('format=xlsx'))!;
    expect(xlsx.path).toBe('/api/spaces/s1/reports/monthly?month=2026-10&format=xlsx&locale=de');
    expect(xlsx.headers.Authorization).toBe('Bearer token');
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('Die Datei wurde heruntergeladen.'),
    );

    screen.getByText('CSV-Tabelle', { selector: 'button' }).click();
    await waitFor(() => expect(calls.some((c) => c.path.includes('layout=wide'))).toBe(true));
    expect(calls.find((c) => c.path.includes('layout=wide'))!.path).toBe(
      '/api/spaces/s1/reports/monthly?month=2026-10&format=csv&layout=wide&locale=de',
    );
    // the machine CSV stays as it was: English keys, in German Excel's flavour on a German page
    screen.getByText('Rohdaten (CSV für Excel)', { selector: 'button' }).click();
    await waitFor(() => expect(calls.filter((c) => c.path.includes('format=csv'))).toHaveLength(2));
    expect(calls.filter((c) => c.path.includes('format=csv'))[1]!.path).toBe(
      '/api/spaces/s1/reports/monthly?month=2026-10&format=csv&locale=de',
    );
    click.mockRestore();
  }, 20_000);

  it('says when a download fails', async () => {
    mockApi({
      'GET /api/spaces/s1/reports/monthly': (_init, url) =>
        url.searchParams.get('format') ? problem(403, 'forbidden') : { body: report },
      'GET /api/reports/usage': () => ({ body: trend }),
    });
    render();
    (await screen.findByText('Excel-Arbeitsmappe (.xlsx)', { selector: 'button' })).click();
    expect(await screen.findByText('Download fehlgeschlagen')).toBeInTheDocument();
  }, 20_000);

  it('offers every month of the space’s life, marks the running one, and shows the change to the month before', async () => {
    mockApi({
      'GET /api/spaces/s1/reports/monthly': () => ({ body: report }),
      'GET /api/reports/usage': () => ({ body: trend }),
    });
    const onChange = vi.fn();
    renderWithApp(<ReportPage spaces={[space]} spaceId="s1" month="2026-10" life={life} onChange={onChange} />);
    const picker = await screen.findByRole('combobox', { name: 'Monat' });
    const options = within(picker)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toBe('November 2026 – läuft noch');
    expect(options).toContain('Oktober 2022');
    expect(options.at(-1)).toBe('Juni 2022');
    expect(options).toHaveLength(54); // June 2022 … November 2026
    await userEvent.selectOptions(picker, '2022-10');
    expect(onChange).toHaveBeenCalledWith({ spaceId: 's1', month: '2022-10' });

    // October against September: 42,5 % after 50,0 %, 17 bookings after 20 — in words as well
    const kpis = await screen.findByText('Kennzahlen Oktober 2026', { selector: 'h2' }, { timeout: 5000 });
    const tiles = kpis.parentElement!.querySelector('dl')!;
    const tile = (name: string) => within(tiles).getByText(name).parentElement!;
    expect(tile('Auslastung')).toHaveTextContent('-7,5 Pp. ggü. Vormonat');
    expect(tile('Auslastung')).toHaveTextContent('Gegenüber September 2026: 7,5 Prozentpunkte weniger');
    expect(tile('Buchungen')).toHaveTextContent('Gegenüber September 2026: 3 weniger');
    expect(screen.queryByText('Monat läuft noch — Zahlen vorläufig')).not.toBeInTheDocument();
  }, 20_000);

  it('says the change against the month before in English on an English page', async () => {
    await i18n.changeLanguage('en');
    try {
      mockApi({
        'GET /api/spaces/s1/reports/monthly': () => ({ body: report }),
        'GET /api/reports/usage': () => ({ body: trend }),
      });
      render();
      const kpis = await screen.findByText('Key figures October 2026', { selector: 'h2' }, { timeout: 5000 });
      const tile = within(kpis.parentElement!.querySelector('dl')!).getByText('Utilisation').parentElement!;
      expect(tile).toHaveTextContent('-7.5 pp vs previous month');
      expect(tile).toHaveTextContent('Compared with September 2026: down 7.5 percentage points');
      expect(screen.getByRole('combobox', { name: 'Month' })).toHaveDisplayValue('October 2026');
    } finally {
      await i18n.changeLanguage('de');
    }
  }, 20_000);

  it('marks the running month as provisional', async () => {
    mockApi({
      'GET /api/spaces/s1/reports/monthly': () => ({ body: { ...report, month: '2026-11' } }),
      'GET /api/reports/usage': () => ({ body: trend }),
    });
    renderWithApp(<ReportPage spaces={[space]} spaceId="s1" month="2026-11" life={life} onChange={() => {}} />);
    expect(await screen.findByText('Monat läuft noch — Zahlen vorläufig', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByText(/· November 2026 \(läuft noch\)$/)).toBeInTheDocument();
  }, 20_000);

  it('shows utilisation by weekday and hour when its sums agree with the API, and says so when not', async () => {
    const detail: HeatmapSpace = {
      timezone: 'Europe/Berlin',
      opensOn: null,
      closesOn: null,
      openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
      closures: [],
      desks: [aDesk({ id: 'd', name: 'A' })],
    };
    const at = (time: string) => zonedInstant('2026-10-06', time, 'Europe/Berlin').toISOString(); // a Tuesday
    const bookings = [
      { id: 'b', start: at('09:00'), end: at('11:00'), status: 'confirmed', guestName: 'Nie im Bericht' },
    ];
    const map = weekdayHourMap(detail, '2026-10', bookings as never);
    const sums = (cells: { available: number; booked: number }[]) => ({
      availableDeskHours: cells.reduce((s, c) => s + c.available, 0),
      bookedDeskHours: cells.reduce((s, c) => s + c.booked, 0),
      occupiedDeskHours: 0,
    });
    const consistent: MonthlyReport = {
      ...report,
      byWeekday: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ...sums(map[weekday - 1]!) })),
      byHour: Array.from({ length: 24 }, (_, hour) => ({ hour, ...sums(map.map((row) => row[hour]!)) })),
    };
    let answer = consistent;
    mockApi({
      'GET /api/spaces/s1/reports/monthly': () => ({ body: answer }),
      'GET /api/reports/usage': () => ({ body: trend }),
      'GET /api/bookings': () => ({ body: bookings }),
    });
    const { unmount } = renderWithApp(
      <ReportPage spaces={[space]} spaceId="s1" month="2026-10" life={life} onChange={() => {}} detail={detail} />,
    );
    // (a text query: role queries over a page of charts are slow enough to starve the updates)
    const caption = await screen.findByText(
      'Auslastung nach Wochentag (Zeilen) und Uhrzeit (Spalten)',
      {},
      { timeout: 10_000 },
    );
    const table = caption.closest('table')!;
    expect(table).toHaveAccessibleName('Auslastung nach Wochentag (Zeilen) und Uhrzeit (Spalten)');
    const tuesday = within(table).getByRole('rowheader', { name: 'Di' }).closest('tr')!;
    // four Tuesdays in October 2026, one of them booked 09–11
    expect(
      within(tuesday)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['0 %', '25 %', '25 %', '0 %']);
    expect(within(table).queryByRole('rowheader', { name: 'Sa' })).not.toBeInTheDocument();
    expect(screen.queryByText('Nie im Bericht')).not.toBeInTheDocument();
    unmount();

    answer = {
      ...consistent,
      byWeekday: consistent.byWeekday.map((w) => (w.weekday === 2 ? { ...w, bookedDeskHours: 3 } : w)),
    };
    renderWithApp(
      <ReportPage spaces={[space]} spaceId="s1" month="2026-10" life={life} onChange={() => {}} detail={detail} />,
    );
    expect(
      await screen.findByText(/lässt sich für diesen Monat nicht berechnen/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  }, 20_000);

  it('says so when the report cannot be loaded', async () => {
    mockApi({
      'GET /api/spaces/s1/reports/monthly': () => problem(403, 'forbidden'),
      'GET /api/reports/usage': () => problem(403, 'forbidden'),
    });
    render();
    expect(await screen.findByText('Dazu fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
  });
});
