import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setToken } from '../../../lib/auth-token';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { aSurvey } from '../test/fixtures';
import { SurveyListPage } from './survey-list-page';

describe('the list of surveys', () => {
  it('shows each survey the person may read, newest first, with a link to its results', async () => {
    setToken('token');
    mockApi({
      'GET /api/surveys': () => ({
        body: [
          aSurvey({
            id: 'old',
            title: 'Bürgerumfrage Dießen',
            town: 'Dießen',
            spaceId: null,
            spaceName: null,
            closesOn: null,
            status: 'closed',
            responses: 212,
            createdAt: '2023-03-01T09:00:00.000Z',
          }),
          aSurvey(),
        ],
      }),
    });
    renderWithApp(<SurveyListPage />);
    const items = within(await screen.findByRole('list', { name: 'Umfragen' })).getAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual([
      'Pendlerumfrage Wittenberge',
      'Bürgerumfrage Dießen',
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '/reports/surveys/s1');
    expect(items[0]).toHaveTextContent('Bahnhofsbüro');
    expect(items[0]).toHaveTextContent('02.05.2024 bis 30.06.2024');
    expect(items[0]).toHaveTextContent('offen');
    expect(items[1]).toHaveTextContent('keiner (nur der Ort)');
    expect(items[1]).toHaveTextContent('seit 01.03.2023');
    expect(items[1]).toHaveTextContent('geschlossen');
    expect(items[1]).toHaveTextContent('212');
  });

  it('says when there is none, and when the list cannot be loaded, with a retry', async () => {
    setToken('token');
    let fail = true;
    mockApi({ 'GET /api/surveys': () => (fail ? problem(500, 'internal') : { body: [] }) });
    renderWithApp(<SurveyListPage />);
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: 'Noch keine Umfragen' })).toBeInTheDocument();
  });
});
