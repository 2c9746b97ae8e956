import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { anEvent } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { EventsPage } from './events-page';

const hour = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * hour).toISOString();

const events = [
  anEvent({
    id: 'late',
    title: 'Themenwoche: Auftakt',
    kind: 'workshop',
    start: inHours(72),
    end: inHours(74),
    spaceId: 's2',
    spaceName: 'Stadthaus',
    town: 'Mölln',
    capacity: 20,
    registered: 20,
  }),
  anEvent({ id: 'early', title: 'Schnupper-Coworking', kind: 'trial_day', start: inHours(24), end: inHours(30) }),
];

describe('the events list', () => {
  it('shows upcoming events by start with kind, place and places left, and filters by town and kind', async () => {
    const calls = mockApi({ 'GET /api/events': () => ({ body: events }) });
    const { router } = renderWithApp(<EventsPage />, { path: '/events' });
    const list = await screen.findByRole('list', { name: 'Kommende Veranstaltungen' });
    const cards = within(list).getAllByRole('article');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual([
      'Schnupper-Coworking',
      'Themenwoche: Auftakt',
    ]);
    expect(within(cards[0]!).getByText('6 von 8 Plätzen frei')).toBeInTheDocument();
    expect(within(cards[0]!).getByText('Dorfbüro, Neuruppin')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Ausgebucht – Warteliste')).toBeInTheDocument();
    expect(within(cards[1]!).getByRole('link', { name: 'Themenwoche: Auftakt' })).toHaveAttribute(
      'href',
      '/events/late',
    );
    expect(calls[0]!.path).toBe('/api/events');

    await userEvent.selectOptions(screen.getByLabelText('Ort'), 'Mölln');
    expect(within(list).getAllByRole('article')).toHaveLength(1);
    expect(router.state.location.search).toBe('?town=M%C3%B6lln');
    await userEvent.selectOptions(screen.getByLabelText('Art'), 'trial_day');
    expect(await screen.findByRole('heading', { name: 'Keine passenden Veranstaltungen' })).toBeInTheDocument();
  });

  it('says when nothing is coming up', async () => {
    mockApi({ 'GET /api/events': () => ({ body: [] }) });
    renderWithApp(<EventsPage />, { path: '/events' });
    expect(await screen.findByRole('heading', { name: 'Gerade keine Veranstaltungen' })).toBeInTheDocument();
  });
});
