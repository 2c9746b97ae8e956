import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setToken } from '../../../lib/auth-token';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { aSurvey, someResults } from '../../../features/survey-results/test/fixtures';
import { Component as SurveyResultsRoute } from './surveys-detail';

/** The results API: all 40 responses, 25 with one filter, 12 with two. */
const resultsApi = () =>
  mockApi({
    'GET /api/surveys/s1': () => ({ body: aSurvey() }),
    'GET /api/surveys/s1/results': (_init, url) => {
      const filters = url.searchParams.getAll('filter');
      const responses = [40, 25, 12][filters.length] ?? 5;
      return {
        body: someResults({
          responses,
          filters: filters.map((f) => ({ questionId: f.split(':')[0]!, option: f.slice(f.indexOf(':') + 1) })),
        }),
      };
    },
  });

const render = (path: string) =>
  renderWithApp(<SurveyResultsRoute />, { path, routePath: '/reports/surveys/:surveyId' });

const resultCalls = (calls: { path: string }[]) => calls.filter((c) => c.path.startsWith('/api/surveys/s1/results'));

describe('answer filters of the results', () => {
  beforeEach(() => {
    setToken('token');
    // the charts stay undrawn (no size): this is about the address, and drawing takes long in jsdom
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('reads the filters from the address, leaving out those that do not fit the survey', async () => {
    const calls = resultsApi();
    render('/reports/surveys/s1?filter=dest:Hamburg&filter=nope:x&filter=dest:Paris&filter=need:WLAN:%20schnell');
    expect(await screen.findByText('12 von 40 Antworten passen zu allen Filtern.')).toBeInTheDocument();
    expect(resultCalls(calls).map((c) => c.path)).toEqual([
      '/api/surveys/s1/results?filter=dest%3AHamburg&filter=need%3AWLAN%3A+schnell',
    ]);
    const chips = within(screen.getByRole('list', { name: 'Aktive Filter' })).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual([
      'Wohin pendeln Sie?nur: Hamburg×',
      'Was brauchen Sie?nur: WLAN: schnell×',
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('12 Antworten passen zu den Filtern.'),
    );
  });

  it('adds and removes filters in the address, fetches again and says how many match', async () => {
    const calls = resultsApi();
    const { router } = render('/reports/surveys/s1');
    expect(await screen.findByText('40 Antworten insgesamt.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Aktive Filter' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Frage'), 'Wohin pendeln Sie?');
    await userEvent.selectOptions(screen.getByLabelText('Antwort'), 'Hamburg');
    await userEvent.click(screen.getByRole('button', { name: 'Filter hinzufügen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=dest%3AHamburg'));
    expect(await screen.findByText('25 von 40 Antworten passen zu allen Filtern.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('live-region')).toHaveTextContent('25 Antworten passen zu den Filtern.'),
    );
    // the same filter twice is not offered
    expect(screen.getByRole('button', { name: 'Filter hinzufügen' })).toBeDisabled();

    await userEvent.selectOptions(screen.getByLabelText('Frage'), 'Würden Sie einen Raum vor Ort nutzen?');
    await userEvent.selectOptions(screen.getByLabelText('Antwort'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Filter hinzufügen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=dest%3AHamburg&filter=use%3A5'));
    expect(await screen.findByText('12 von 40 Antworten passen zu allen Filtern.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Filter entfernen: Wohin pendeln Sie?: Hamburg' }));
    await waitFor(() => expect(router.state.location.search).toBe('?filter=use%3A5'));
    expect(await screen.findByText('25 von 40 Antworten passen zu allen Filtern.')).toBeInTheDocument();
    expect(screen.getByLabelText('Frage')).toHaveFocus();
    expect(resultCalls(calls).map((c) => c.path)).toEqual([
      '/api/surveys/s1/results',
      '/api/surveys/s1/results?filter=dest%3AHamburg',
      '/api/surveys/s1/results?filter=dest%3AHamburg&filter=use%3A5',
      '/api/surveys/s1/results?filter=use%3A5',
    ]);
    // back in history: the filters of before (cached, no new request)
    await router.navigate(-1);
    await waitFor(() => expect(router.state.location.search).toBe('?filter=dest%3AHamburg&filter=use%3A5'));
    // (drawing the charts again takes a while in jsdom)
    expect(
      await screen.findByText('12 von 40 Antworten passen zu allen Filtern.', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(resultCalls(calls)).toHaveLength(4);
  }, 30_000);

  it('takes at most five filters', async () => {
    resultsApi();
    const five = ['dest:Hamburg', 'dest:Berlin', 'need:Ruhe', 'use:4', 'use:5', 'dest:Schwerin'];
    render(`/reports/surveys/s1?${five.map((f) => `filter=${encodeURIComponent(f)}`).join('&')}`);
    const chips = await screen.findByRole('list', { name: 'Aktive Filter' });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByRole('button', { name: 'Filter hinzufügen' })).toBeDisabled();
    expect(screen.getByText(/Höchstens 5 Filter/)).toBeInTheDocument();
  });

  it('says so when the filters leave fewer than three responses, and keeps the filters to remove', async () => {
    mockApi({
      'GET /api/surveys/s1': () => ({ body: aSurvey() }),
      'GET /api/surveys/s1/results': () => problem(422, 'too-few-responses'),
    });
    render('/reports/surveys/s1?filter=dest:Schwerin');
    expect(await screen.findByText('Zu wenige passende Antworten', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Filter entfernen: Wohin pendeln Sie?: Schwerin' })).toBeInTheDocument();
  });
});
