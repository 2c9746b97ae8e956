import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Space, SpaceDetail } from '@popdesk/shared';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { SpacesPage } from './spaces-page';

const space = (over: Partial<Space>): Space => ({
  id: 'a',
  name: 'Dorfbüro',
  town: 'Neuruppin',
  address: 'Markt 1',
  description: null,
  timezone: 'Europe/Berlin',
  opensOn: null,
  closesOn: null,
  bookingHorizonDays: 28,
  checkInRequired: false,
  releaseAfterMinutes: 30,
  deskCount: 4,
  ...over,
});
const allDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
const detail = (s: Space, openingHours = allDay): SpaceDetail => ({ ...s, desks: [], openingHours, closures: [] });

describe('find a space', () => {
  it('lists spaces by town with desks, pop-up dates, hours and whether they are open now', async () => {
    const a = space({});
    const b = space({ id: 'b', name: 'Sommerbüro', town: 'Rheinsberg', address: null, deskCount: 1, opensOn: '2027-06-01', closesOn: '2027-08-31' });
    mockApi({
      'GET /api/spaces': () => ({ body: [a, b] }),
      'GET /api/spaces/a': () => ({ body: detail(a) }),
      'GET /api/spaces/b': () => ({ body: detail(b, []) }),
    });
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
  });

  it('filters by town or name and by open now', async () => {
    const a = space({});
    const b = space({ id: 'b', name: 'Nachtbüro', town: 'Kyritz' });
    mockApi({
      'GET /api/spaces': () => ({ body: [a, b] }),
      'GET /api/spaces/a': () => ({ body: detail(a) }),
      'GET /api/spaces/b': () => ({ body: detail(b, []) }),
    });
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
