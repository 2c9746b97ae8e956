import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setToken } from '../../../lib/auth-token';
import i18n from '../../../lib/i18n';
import { stubChartSize } from '../../../test/chart-size';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { aSurvey, someResults } from '../test/fixtures';
import { ResultsPage } from './results-page';

const card = (question: string) => screen.getByRole('heading', { name: question, level: 2 }).closest('section')!;

describe('the results of a survey', () => {
  beforeEach(() => {
    setToken('token');
    stubChartSize();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows folded counts as "< 3" in words, never by colour alone, and explains it once', async () => {
    mockApi({
      'GET /api/surveys/s1': () => ({ body: aSurvey() }),
      'GET /api/surveys/s1/results': () => ({ body: someResults() }),
    });
    const { container } = renderWithApp(<ResultsPage surveyId="s1" filterValues={[]} onFilters={() => {}} />);
    const dest = await screen.findByRole('table', { name: 'Wohin pendeln Sie?' }, { timeout: 5000 });
    const row = (name: string) => within(dest).getByRole('rowheader', { name }).closest('tr')!;
    const [hamburg, hamburgShare] = within(row('Hamburg')).getAllByRole('cell');
    expect(hamburg).toHaveTextContent('25');
    expect(hamburgShare).toHaveTextContent(/^63\s%$/);
    // folded: the count says "< 3" (read out as words) and its share is hidden as well
    const [count, share] = within(row('Schwerin')).getAllByRole('cell');
    expect(within(count!).getByText('< 3')).toHaveAttribute('aria-hidden', 'true');
    expect(count).toHaveTextContent('weniger als 3');
    expect(share).toHaveTextContent('–');
    // the chart's name lists the counts, the folded one in words
    expect(within(card('Wohin pendeln Sie?')).getByRole('img')).toHaveAccessibleName(
      'Balkendiagramm der Anzahl je Antwort: Hamburg: 25; Berlin: 13; Schwerin: weniger als 3',
    );
    // a number question with fewer than 3 answers: no mean, no median
    expect(within(card('Was würden Sie am Tag zahlen?')).getByText('Mittelwert und Median: zu wenige Antworten'));
    expect(
      screen.getAllByText(
        'Antworten von weniger als drei Personen werden nicht einzeln gezeigt, damit niemand erkennbar ist.',
      ),
    ).toHaveLength(1);
    // the bars carry their numbers, the folded one "< 3" on a hatched bar
    await waitFor(() => expect(container.querySelectorAll('svg.recharts-surface').length).toBeGreaterThan(0), {
      timeout: 5000,
    });
    const chart = within(card('Wohin pendeln Sie?')).getByRole('img');
    await waitFor(() => expect(chart.querySelector('.recharts-label-list')).toHaveTextContent(/25.*13.*< 3/));
    expect(chart.querySelector('pattern')).not.toBeNull();
  }, 20_000);

  it('gives every chart a table with the same numbers, shown on request', async () => {
    mockApi({
      'GET /api/surveys/s1': () => ({ body: aSurvey() }),
      'GET /api/surveys/s1/results': () => ({ body: someResults() }),
    });
    renderWithApp(<ResultsPage surveyId="s1" filterValues={[]} onFilters={() => {}} />);
    const scale = await screen.findByRole(
      'table',
      { name: 'Würden Sie einen Raum vor Ort nutzen?' },
      { timeout: 5000 },
    );
    expect(
      within(scale)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Antwort', 'Anzahl', 'Anteil']);
    expect(
      within(scale)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1', '2', '3', '4', '5']);
    // there for screen readers, hidden from the eye until asked for
    const box = scale.parentElement!;
    expect(box).toHaveClass('visually-hidden');
    const toggle = within(card('Würden Sie einen Raum vor Ort nutzen?')).getByRole('button', {
      name: 'Als Tabelle zeigen',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', box.id);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Tabelle ausblenden');
    expect(box).not.toHaveClass('visually-hidden');
    // mean and median of the scale and of a number, with its unit
    const scaleStats = within(card('Würden Sie einen Raum vor Ort nutzen?'));
    expect(scaleStats.getByText('Mittelwert').nextSibling).toHaveTextContent('3,7');
    expect(within(card('Wie weit (einfach)?')).getByText('Median').nextSibling).toHaveTextContent('98 km');
    // the question texts are marked with the survey's language
    expect(screen.getByRole('heading', { name: 'Anmerkungen' })).toHaveAttribute('lang', 'de');
  }, 20_000);

  it('lists free texts, the rest behind a button when there are many', async () => {
    mockApi({
      'GET /api/surveys/s1': () => ({ body: aSurvey() }),
      'GET /api/surveys/s1/results': () => ({ body: someResults() }),
    });
    renderWithApp(<ResultsPage surveyId="s1" filterValues={[]} onFilters={() => {}} />);
    await screen.findByRole('heading', { name: 'Anmerkungen' }, { timeout: 5000 });
    const notes = within(card('Anmerkungen'));
    const items = notes.getAllByRole('listitem');
    expect(items.filter((li) => !li.classList.contains('print-only')).map((li) => li.textContent)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    await userEvent.click(notes.getByRole('button', { name: 'Alle 7 Antworten zeigen' }));
    expect(notes.getAllByRole('listitem').filter((li) => !li.classList.contains('print-only'))).toHaveLength(7);
    expect(notes.getByRole('button', { name: 'Weniger zeigen' })).toHaveAttribute('aria-expanded', 'true');
  }, 20_000);

  it('downloads the workbook with the filters and the page language, with the token', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /api/surveys/s1': () => ({ body: aSurvey() }),
      'GET /api/surveys/s1/results': (_init, url) =>
        url.searchParams.get('format') ? { body: 'x' } : { body: someResults({ responses: 25 }) },
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    renderWithApp(<ResultsPage surveyId="s1" filterValues={['dest:Hamburg']} onFilters={() => {}} />);
    await userEvent.click(await screen.findByRole('button', { name: 'Excel workbook (.xlsx)' }, { timeout: 5000 }));
    await waitFor(() => expect(screen.getByTestId('live-region')).toHaveTextContent('The file has been downloaded.'));
    const download = calls.find((c) => c.path.includes('format='))!;
    expect(download.path).toBe('/api/surveys/s1/results?filter=dest%3AHamburg&format=xlsx&locale=en');
    expect(download.headers.Authorization).toBe('Bearer token');
    expect(download.headers.Accept).toContain('spreadsheetml');
  }, 20_000);

  it('says when the survey cannot be loaded', async () => {
    mockApi({ 'GET /api/surveys/s1': () => problem(404, 'not-found') });
    renderWithApp(<ResultsPage surveyId="s1" filterValues={[]} onFilters={() => {}} />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück zu allen Umfragen' })).toHaveAttribute('href', '/reports/surveys');
  });
});
