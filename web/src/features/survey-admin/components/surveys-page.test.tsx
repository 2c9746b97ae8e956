import { beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Survey } from '@popdesk/shared';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import type { SurveyFilter } from '../utils/survey-filter';
import { PosterPage } from './poster-page';
import { SurveysPage } from './surveys-page';

const aSurvey = (over: Partial<Survey> = {}): Survey => ({
  id: 'sv1',
  title: 'Pendeln in Wittenberge',
  town: 'Wittenberge',
  spaceId: 's2',
  intro: null,
  questions: [{ id: 'dest', kind: 'single', text: 'Wohin?', options: ['Hamburg', 'Berlin'] }],
  closesOn: '2031-12-31',
  status: 'open',
  responses: 180,
  language: 'de',
  template: 'commuter',
  spaceName: 'Bahnhofsbüro',
  url: 'http://localhost/umfrage/sv1',
  createdAt: '2031-06-01T07:00:00.000Z',
  ...over,
});

const surveys = [
  aSurvey(),
  aSurvey({
    id: 'sv2',
    title: 'Interesse in Dippoldiswalde',
    town: 'Dippoldiswalde',
    spaceId: null,
    spaceName: null,
    status: 'closed',
    closesOn: null,
    responses: 1,
  }),
];
/** the machine may be busy: the first answer of a test may take a while */
const slow = { timeout: 10_000 };
const all: SurveyFilter = { town: '', space: '', status: '' };

function renderList(filter = all, handlers: Parameters<typeof mockApi>[0] = {}) {
  const calls = mockApi({ 'GET /api/surveys': () => ({ body: surveys }), ...handlers });
  const onFilter = vi.fn();
  renderWithApp(<SurveysPage filter={filter} onFilter={onFilter} />);
  return { calls, onFilter };
}

describe('the surveys for staff', () => {
  beforeEach(() => setToken('token'));

  it('lists them by town with status, space and responses, and links to results, editing and the poster', async () => {
    renderList();
    const dippoldiswalde = await screen.findByRole('region', { name: 'Dippoldiswalde (1)' }, slow);
    const wittenberge = screen.getByRole('region', { name: 'Wittenberge (1)' });
    // towns in alphabetical order
    expect(dippoldiswalde.compareDocumentPosition(wittenberge) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const card = within(wittenberge).getByRole('listitem');
    expect(card).toHaveTextContent(/Offen bis 31\.12\.2031.*Bahnhofsbüro.*180 Antworten/);
    expect(within(dippoldiswalde).getByRole('listitem')).toHaveTextContent(/Beendet.*Ohne Space.*1 Antwort/);
    const actions = within(card).getByRole('group', { name: 'Aktionen für „Pendeln in Wittenberge“' });
    expect(within(actions).getByRole('link', { name: 'Ergebnisse: Pendeln in Wittenberge' })).toHaveAttribute(
      'href',
      '/reports/surveys/sv1',
    );
    expect(within(actions).getByRole('link', { name: 'Bearbeiten: Pendeln in Wittenberge' })).toHaveAttribute(
      'href',
      '/manage/surveys/sv1',
    );
    expect(within(actions).getByRole('link', { name: 'Plakat: Pendeln in Wittenberge' })).toHaveAttribute(
      'href',
      '/manage/surveys/sv1/poster',
    );
  });

  it('filters by town, space (or none) and status', async () => {
    const { onFilter } = renderList({ town: '', space: 'none', status: '' });
    await screen.findByRole('region', { name: 'Dippoldiswalde (1)' }, slow);
    expect(screen.queryByRole('region', { name: /Wittenberge/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Offen');
    expect(onFilter).toHaveBeenCalledWith({ town: '', space: 'none', status: 'open' });
  });

  it('closes and reopens, copies the public link, and deletes after asking', { timeout: 30_000 }, async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { calls } = renderList(all, {
      'PATCH /api/surveys/sv1': () => ({ body: aSurvey({ status: 'closed' }) }),
      'PATCH /api/surveys/sv2': () => problem(422, 'survey-closes-on-past'),
      'DELETE /api/surveys/sv1': () => ({ status: 204 }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Beenden: Pendeln in Wittenberge' }, slow));
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ status: 'closed' }));
    expect(await screen.findByText('Umfrage „Pendeln in Wittenberge“ beendet.', { selector: 'p' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Wieder öffnen: Interesse in Dippoldiswalde' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Laufzeit ist vorbei. Setzen Sie zuerst ein neues Enddatum',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Link kopieren: Pendeln in Wittenberge' }));
    expect(writeText).toHaveBeenCalledWith('http://localhost/umfrage/sv1');

    await userEvent.click(screen.getByRole('button', { name: 'Löschen: Pendeln in Wittenberge' }));
    const dialog = screen.getByRole('dialog', { name: 'Umfrage „Pendeln in Wittenberge“ löschen?' });
    expect(dialog).toHaveTextContent('Die Umfrage und ihre 180 Antworten werden endgültig gelöscht.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/surveys/sv1')).toBe(true));
  });

  it('says so when there are none, and when they cannot be loaded', async () => {
    mockApi({ 'GET /api/surveys': () => ({ body: [] }) });
    const { unmount } = renderWithApp(<SurveysPage filter={all} onFilter={() => {}} />);
    expect(await screen.findByRole('heading', { name: 'Noch keine Umfragen' }, slow)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Neue Umfrage' })[0]).toHaveAttribute('href', '/manage/surveys/new');
    unmount();
    mockApi({ 'GET /api/surveys': () => problem(500, 'internal') });
    renderWithApp(<SurveysPage filter={all} onFilter={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Das konnte nicht geladen werden');
  });
});

describe('the poster page', () => {
  beforeEach(() => setToken('token'));

  it('shows the server’s poster fetched with the token, in the chosen size and language, to print', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:poster');
    URL.revokeObjectURL = vi.fn();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const calls = mockApi({ 'GET /api/surveys/sv1/poster.svg': () => ({ body: '<svg/>' }) });
    renderWithApp(<PosterPage survey={aSurvey()} />);
    const img = await screen.findByRole(
      'img',
      { name: 'Plakat der Umfrage „Pendeln in Wittenberge“ im Format A4' },
      slow,
    );
    expect(img).toHaveAttribute('src', 'blob:poster');
    expect(calls[0]!.path).toBe('/api/surveys/sv1/poster.svg?size=a4&locale=de');
    expect(calls[0]!.headers.Authorization).toBe('Bearer token');
    expect(screen.getByRole('link', { name: 'SVG herunterladen' })).toHaveAttribute(
      'download',
      'plakat-wittenberge-a4-de.svg',
    );
    await userEvent.click(screen.getByRole('radio', { name: 'A3' }));
    await userEvent.click(screen.getByRole('radio', { name: 'Englisch' }));
    await waitFor(() => expect(calls.at(-1)!.path).toBe('/api/surveys/sv1/poster.svg?size=a3&locale=en'));
    await screen.findByRole('img', { name: /im Format A3/ });
    await userEvent.click(screen.getByRole('button', { name: 'Drucken' }));
    expect(print).toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Öffentlicher Link' })).toHaveValue('http://localhost/umfrage/sv1');
  });
});
