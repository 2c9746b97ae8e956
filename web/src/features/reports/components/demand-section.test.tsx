import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SURVEY_PRICE_MAX, type DemandEvidence } from '@popdesk/shared';
import { aMe } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import i18n from '../../../lib/i18n';
import { stubChartSize } from '../../../test/chart-size';
import { DemandLink } from './demand-link';
import { DemandSection } from './demand-section';

/** A summer at a pop-up: 255 visits, ten post-visit answers, 12,4 km saved per visit. */
const evidence = (over: Partial<DemandEvidence> = {}): DemandEvidence => ({
  spaceId: 'ow',
  from: '2022-06',
  to: '2022-08',
  surveyIds: ['sv1'],
  visits: 255,
  co2KgPerKm: 0.15,
  commute: {
    n: 10,
    meanKmPerVisit: 12.4,
    totalKm: 3162,
    totalCo2Kg: 474.3,
    months: [
      { month: '2022-06', visits: 80, km: 992, co2Kg: 148.8 },
      { month: '2022-07', visits: 90, km: 1116, co2Kg: 167.4 },
      { month: '2022-08', visits: 85, km: 1054, co2Kg: 158.1 },
    ],
  },
  satisfaction: {
    n: 9,
    mean: 3.8,
    counts: [
      { option: '1', n: null, folded: true },
      { option: '2', n: 0 },
      { option: '3', n: null, folded: true },
      { option: '4', n: 3 },
      { option: '5', n: 3 },
    ],
  },
  willingnessToPay: {
    n: 10,
    median: 8,
    counts: [
      { option: '0', n: null, folded: true },
      { option: '1–4', n: 0 },
      { option: '5–9', n: 4 },
      { option: '10–14', n: 3 },
      { option: '15–19', n: 0 },
      { option: '20+', n: null, folded: true },
    ],
    simulation: Array.from({ length: SURVEY_PRICE_MAX + 1 }, (_, price) => {
      if (price === 8) return { price, share: 0.62, paidVisits: 158, revenue: 1264 };
      const share = Math.max(0, 1 - price / 20);
      return { price, share, paidVisits: share * 255, revenue: share * 255 * price };
    }),
  },
  ...over,
});

const tooFew: Partial<DemandEvidence> = {
  commute: { n: 2, meanKmPerVisit: null, totalKm: null, totalCo2Kg: null, months: [] },
  satisfaction: { n: 2, mean: null, counts: [] },
  willingnessToPay: { n: 1, median: null, counts: [], simulation: [] },
};

const row = (table: HTMLElement, head: string | RegExp) =>
  within(within(table).getByRole('rowheader', { name: head }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);
const nbsp = (s: string | null | undefined) => s?.replace(/\s/g, ' ');

describe('the demand evidence of a space', () => {
  beforeEach(() => {
    setToken('token');
    stubChartSize();
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('de');
  });

  it('shows the commute avoided, satisfaction and willingness to pay, folding counts below 3', async () => {
    const calls = mockApi({
      'GET /api/spaces/ow/demand': () => ({ body: evidence() }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    const commute = await screen.findByRole('table', {
      name: 'Vermiedener Arbeitsweg je Monat, Juni 2022 bis August 2022',
    });
    expect(calls.find((c) => c.path.includes('demand'))!.path).toBe('/api/spaces/ow/demand?from=2022-06&to=2022-08');
    expect(screen.getByText('Grundlage: 1 Umfrage und 255 Besuche im Zeitraum.')).toBeInTheDocument();
    expect(row(commute, 'Juli 2022')).toEqual(['90', '1.116', '167,4']);
    expect(within(commute).getByRole('rowheader', { name: 'Gesamt' }).closest('tr')).toHaveTextContent('2553.162474,3');
    // the factor and its source, the answers it rests on, and that they are scaled to the visits
    expect(
      screen.getByText('Faktor: 0,15 kg CO₂ je km, Durchschnitt Pkw, Quelle: Umweltbundesamt (gerundet).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Mittelwert aus 10 Antworten \(12,4 km je Besuch.*auf die Besuche skaliert/),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Vermiedenes CO₂ je Monat (kg)' })).toHaveAccessibleDescription(
      'Juni 2022 bis August 2022: 3.162 km und 474,3 kg CO₂ vermieden; am meisten im Juli 2022 (167,4 kg).',
    );

    expect(screen.getByText('Zufriedenheit (Mittelwert)').parentElement).toHaveTextContent('3,8 von 5');
    const points = screen.getByRole('table', { name: 'Zufriedenheit: Antworten je Stufe' });
    expect(row(points, '1 (gar nicht zufrieden)')).toEqual(['< 3']);
    expect(row(points, '2')).toEqual(['0']);
    expect(row(points, '5 (sehr zufrieden)')).toEqual(['3']);
    const bands = screen.getByRole('table', { name: 'Zahlungsbereitschaft: genannter Betrag pro Tag' });
    expect(row(bands, '20+ €')).toEqual(['< 3']);
    expect(row(bands, '5–9 €')).toEqual(['4']);
    expect(screen.getAllByText(/1 oder 2 Antworten – zu wenige/)).toHaveLength(2);
    expect(screen.getByText(/überschätzt, was Menschen tatsächlich zahlen/)).toBeInTheDocument();
  }, 20_000);

  it('simulates a price chosen by slider or typed, saying what it would have earned', async () => {
    mockApi({
      'GET /api/spaces/ow/demand': () => ({ body: evidence() }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    const slider = await screen.findByRole('slider', { name: 'Preis pro Tag (Schieberegler)' });
    const field = screen.getByRole('spinbutton', { name: 'Preis pro Tag in Euro' });
    const result = () => nbsp(document.querySelector('output')!.textContent);
    // starts at the median
    expect(slider).toHaveValue('8');
    expect(nbsp(slider.getAttribute('aria-valuetext'))).toBe('8 €');
    expect(result()).toBe('Bei 8 € pro Tag hätten 62 % der Befragten gezahlt: 158 von 255 Besuchen, 1.264 € Einnahmen');
    expect(screen.getByRole('img', { name: 'Einnahmen nach Preis pro Tag' })).toHaveAccessibleDescription(
      /Markiert ist der gewählte Preis 8\s€ mit 1\.264\s€\./,
    );

    fireEvent.change(slider, { target: { value: '10' } });
    expect(field).toHaveValue(10);
    // half of the respondents at 10 €: 127,5 visits, shown as 128 whole visits of 10 €
    expect(result()).toBe(
      'Bei 10 € pro Tag hätten 50 % der Befragten gezahlt: 128 von 255 Besuchen, 1.280 € Einnahmen',
    );
    expect(row(screen.getByRole('table', { name: /Preissimulation/ }), /^10\s€$/)).toEqual([
      expect.stringMatching(/50\s%/),
      '128',
      expect.stringMatching(/1\.280\s€/),
    ]);

    await userEvent.clear(field);
    await userEvent.type(field, '99');
    // beyond the simulation's end: the highest price
    expect(slider).toHaveValue(String(SURVEY_PRICE_MAX));
    expect(result()).toMatch(/^Bei 50 € pro Tag hätten 0 % der Befragten gezahlt: 0 von 255 Besuchen, 0 €/);
    const sim = screen.getByRole('table', { name: /Preissimulation in Schritten von 5\s€/ });
    expect(within(sim).getAllByRole('row')).toHaveLength(1 + SURVEY_PRICE_MAX / 5 + 1);
  }, 20_000);

  it('explains fewer than 3 answers and no survey at all, with the way to a new survey for staff only', async () => {
    let body = evidence(tooFew);
    let role: 'staff' | 'analyst' = 'staff';
    mockApi({
      'GET /api/spaces/ow/demand': () => ({ body }),
      'GET /api/me': () => ({ body: aMe({ role }) }),
    });
    const first = renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    await waitFor(() => expect(screen.getAllByText(/^Zu wenige Antworten/)).toHaveLength(3));
    expect(screen.getByText(/Zu wenige Antworten \(1\): Angaben erscheinen ab 3 Antworten/)).toBeInTheDocument();
    expect(screen.queryByRole('slider')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Neue Umfrage anlegen' })).toHaveLength(3));
    expect(screen.getAllByRole('link', { name: 'Neue Umfrage anlegen' })[0]).toHaveAttribute(
      'href',
      '/manage/surveys/new?spaceId=ow',
    );
    first.unmount();

    body = evidence({ ...tooFew, surveyIds: [] });
    const second = renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    expect(await screen.findByText('Noch keine Umfrage für diesen Space')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Neue Umfrage anlegen' })).toHaveAttribute(
      'href',
      '/manage/surveys/new?spaceId=ow',
    );
    second.unmount();

    // analysts read reports but build no surveys
    role = 'analyst';
    renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    expect(await screen.findByText('Noch keine Umfrage für diesen Space')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText(/zeigt hier, was der Space bewirkt/)).toBeInTheDocument());
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('says when the evidence cannot be loaded, and speaks English', async () => {
    mockApi({
      'GET /api/spaces/ow/demand': () => problem(403, 'forbidden'),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    const failed = renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    expect(await screen.findByText('Dazu fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeInTheDocument();
    failed.unmount();

    await i18n.changeLanguage('en');
    mockApi({
      'GET /api/spaces/ow/demand': () => ({ body: evidence() }),
      'GET /api/me': () => ({ body: aMe({ role: 'staff' }) }),
    });
    renderWithApp(<DemandSection spaceId="ow" from="2022-06" to="2022-08" />);
    await screen.findByRole('heading', { level: 2, name: 'Demand from surveys' });
    expect(await screen.findByRole('slider', { name: 'Price per day (slider)' })).toBeInTheDocument();
    expect(nbsp(document.querySelector('output')!.textContent)).toBe(
      'At €8 a day, 62% of respondents would have paid: 158 of 255 visits, €1,264 revenue',
    );
    expect(screen.getByText(/Factor: 0.15 kg CO₂ per km, average car, source: Umweltbundesamt/)).toBeInTheDocument();
  }, 20_000);

  it('leads from the monthly report to the evidence in the season view', async () => {
    renderWithApp(<DemandLink spaceId="ow" />);
    expect(await screen.findByRole('link', { name: 'Nachfrage aus Umfragen ansehen' })).toHaveAttribute(
      'href',
      '/reports/season?space=ow#demand',
    );
  });
});
