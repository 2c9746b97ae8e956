import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SpaceSummary } from '@popdesk/shared';
import { aSpaceSummary } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { SPACES_PAGE, SpacesPage } from './spaces-page';

const space = (over: Partial<SpaceSummary>) => aSpaceSummary({ id: 'a', address: 'Markt 1', deskCount: 4, ...over });

describe('find a space', () => {
  it('lists spaces by town with desks, pop-up dates, hours and whether they are open now', async () => {
    const a = space({});
    const b = space({
      id: 'b',
      name: 'Sommerbüro',
      town: 'Rheinsberg',
      address: null,
      deskCount: 1,
      opensOn: '2027-06-01',
      closesOn: '2027-08-31',
      openingHours: [],
    });
    // one request for the whole list: no request per space
    const calls = mockApi({ 'GET /api/spaces': () => ({ body: [a, b] }) });
    renderWithApp(<SpacesPage />);
    expect(await screen.findByRole('heading', { level: 2, name: /Neuruppin/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Rheinsberg/ })).toBeInTheDocument();
    expect(screen.getByText('4 Arbeitsplätze')).toBeInTheDocument();
    expect(screen.getByText('1 Arbeitsplatz')).toBeInTheDocument();
    expect(screen.getByText('01.06.2027 bis 31.08.2027')).toBeInTheDocument();
    expect(await screen.findByText(/Jetzt geöffnet · bis 24:00 Uhr/)).toBeInTheDocument();
    expect(screen.getByText('00:00–24:00')).toBeInTheDocument();
    expect(screen.getByTitle('Montag')).toHaveTextContent('Mo');
    expect(screen.getByRole('link', { name: 'Dorfbüro' })).toHaveAttribute('href', '/spaces/a');
    expect(calls.map((c) => c.path)).toEqual(['/api/spaces']);
  });

  it('says a space is closed today when a coming closure falls on today', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    mockApi({
      'GET /api/spaces': () => ({
        body: [space({ upcomingClosures: [{ spaceId: 'a', date: today, reason: 'Betriebsausflug' }] })],
      }),
    });
    renderWithApp(<SpacesPage />);
    await screen.findByText('Dorfbüro');
    expect(screen.queryByText(/Jetzt geöffnet/)).not.toBeInTheDocument();
    expect(screen.getByText(/^Geschlossen · öffnet/)).toBeInTheDocument();
  });

  it('shows a long list a page at a time; “show more” adds the next cards and moves the focus to the first of them', async () => {
    const many = Array.from({ length: SPACES_PAGE * 2 + 5 }, (_, i) =>
      space({
        id: `s${i}`,
        name: `Büro ${String(i).padStart(3, '0')}`,
        town: `Ort ${String(Math.floor(i / 10)).padStart(2, '0')}`,
      }),
    );
    mockApi({ 'GET /api/spaces': () => ({ body: many }) });
    renderWithApp(<SpacesPage />);
    await screen.findByText('Büro 000');
    expect(screen.getAllByRole('article')).toHaveLength(SPACES_PAGE);
    expect(screen.getByText(`${SPACES_PAGE} von ${many.length} Spaces angezeigt`)).toBeInTheDocument();
    // a town cut by the page still says how many it has
    expect(screen.getByRole('heading', { level: 2, name: /Ort 02/ })).toHaveTextContent('10 Spaces');
    await userEvent.click(screen.getByRole('button', { name: `${SPACES_PAGE} weitere anzeigen` }));
    expect(screen.getAllByRole('article')).toHaveLength(SPACES_PAGE * 2);
    expect(screen.getByRole('link', { name: `Büro ${String(SPACES_PAGE).padStart(3, '0')}` })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: '5 weitere anzeigen' }));
    expect(screen.getAllByRole('article')).toHaveLength(many.length);
    expect(screen.queryByRole('button', { name: /weitere anzeigen/ })).not.toBeInTheDocument();
    // a new search starts at the first page again
    await userEvent.type(screen.getByLabelText('Ort oder Space suchen'), 'Büro');
    expect(screen.getAllByRole('article')).toHaveLength(SPACES_PAGE);
  });

  it('filters by town or name and by open now', async () => {
    const a = space({});
    const b = space({ id: 'b', name: 'Nachtbüro', town: 'Kyritz', openingHours: [] });
    mockApi({ 'GET /api/spaces': () => ({ body: [a, b] }) });
    renderWithApp(<SpacesPage />);
    await screen.findByText('Nachtbüro');
    await userEvent.type(screen.getByLabelText('Ort oder Space suchen'), 'kyr');
    expect(screen.queryByText('Dorfbüro')).not.toBeInTheDocument();
    expect(screen.getByText('Nachtbüro')).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText('Ort oder Space suchen'));
    await userEvent.click(screen.getByLabelText('Nur jetzt geöffnete'));
    await waitFor(() => expect(screen.queryByText('Nachtbüro')).not.toBeInTheDocument());
    expect(screen.getByText('Dorfbüro')).toBeInTheDocument();
  });

  it('shows an empty state and an error state with a retry', async () => {
    let fail = true;
    mockApi({ 'GET /api/spaces': () => (fail ? problem(500, 'internal', 'boom') : { body: [] }) });
    renderWithApp(<SpacesPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Auf dem Server ist ein Fehler aufgetreten');
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: 'Noch keine Spaces' })).toBeInTheDocument();
  });
});
