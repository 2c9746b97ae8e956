import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OpeningHour } from '@popdesk/shared';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { OpeningHoursEditor } from './opening-hours-editor';

const hours: OpeningHour[] = [
  { weekday: 1, opens: '08:00', closes: '12:00' },
  { weekday: 1, opens: '13:00', closes: '18:00' },
  { weekday: 3, opens: '09:00', closes: '17:00' },
];

const render = (saved: OpeningHour[] = hours) =>
  renderWithApp(<OpeningHoursEditor spaceId="s1" timezone="Europe/Berlin" hours={saved} />);
const day = (name: string) => screen.getByRole('group', { name });

describe('the opening-hours editor', () => {
  it('shows each weekday with its intervals, and closed days as closed', () => {
    render();
    expect(within(day('Montag')).getByLabelText('Montag, Zeitraum 1: von')).toHaveValue('08:00');
    expect(within(day('Montag')).getByLabelText('Montag, Zeitraum 2: bis')).toHaveValue('18:00');
    expect(within(day('Dienstag')).getByText('Geschlossen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Öffnungszeiten speichern' })).toBeDisabled();
  });

  it('adds and removes intervals and sends the whole week', async () => {
    const calls = mockApi({ 'PUT /api/spaces/s1/opening-hours': (init) => ({ body: JSON.parse(String(init?.body)) }) });
    render();
    await userEvent.click(within(day('Dienstag')).getByRole('button', { name: 'Zeitraum am Dienstag hinzufügen' }));
    expect(within(day('Dienstag')).getByLabelText('Dienstag, Zeitraum 1: von')).toHaveValue('09:00');
    await userEvent.click(
      within(day('Montag')).getByRole('button', { name: 'Montag, Zeitraum 2 (13:00–18:00) entfernen' }),
    );
    expect(within(day('Montag')).queryByLabelText('Montag, Zeitraum 2: von')).not.toBeInTheDocument();
    // a second interval on Wednesday starts after the first one closes
    await userEvent.click(within(day('Mittwoch')).getByRole('button', { name: 'Zeitraum am Mittwoch hinzufügen' }));
    expect(within(day('Mittwoch')).getByLabelText('Mittwoch, Zeitraum 2: von')).toHaveValue('18:00');
    expect(screen.getByText('Nicht gespeicherte Änderungen')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Öffnungszeiten speichern' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual([
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 2, opens: '09:00', closes: '17:00' },
      { weekday: 3, opens: '09:00', closes: '17:00' },
      { weekday: 3, opens: '18:00', closes: '22:00' },
    ]);
    expect(await screen.findByTestId('live-region')).toHaveTextContent('Öffnungszeiten gespeichert.');
  });

  it('shows overlaps and reversed intervals before sending, and sends nothing until they are fixed', async () => {
    const calls = mockApi({ 'PUT /api/spaces/s1/opening-hours': (init) => ({ body: JSON.parse(String(init?.body)) }) });
    render();
    const monday = day('Montag');
    // 13:00 → 11:00 makes the second interval overlap the first (08:00–12:00) …
    await userEvent.selectOptions(within(monday).getByLabelText('Montag, Zeitraum 2: von'), '11:00');
    const overlap = within(monday).getAllByText('Überschneidet sich mit 08:00–12:00.');
    expect(overlap).toHaveLength(1);
    expect(within(monday).getByLabelText('Montag, Zeitraum 2: von')).toHaveAttribute('aria-invalid', 'true');
    expect(within(monday).getByLabelText('Montag, Zeitraum 2: von')).toHaveAccessibleDescription(
      'Überschneidet sich mit 08:00–12:00.',
    );

    // … and an interval that closes before it opens is named too
    await userEvent.selectOptions(within(day('Mittwoch')).getByLabelText('Mittwoch, Zeitraum 1: bis'), '08:00');
    expect(within(day('Mittwoch')).getByText('Das Ende muss nach dem Anfang liegen.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Öffnungszeiten speichern' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte erst diese Zeiträume korrigieren');
    expect(within(summary).getByRole('link', { name: 'Montag, Zeitraum 1' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^#iv-\d+-opens$/),
    );
    expect(calls).toHaveLength(0);

    await userEvent.selectOptions(within(monday).getByLabelText('Montag, Zeitraum 2: von'), '12:00');
    await userEvent.selectOptions(within(day('Mittwoch')).getByLabelText('Mittwoch, Zeitraum 1: bis'), '24:00');
    expect(screen.queryByText(/Überschneidet sich/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Öffnungszeiten speichern' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toContainEqual({ weekday: 3, opens: '09:00', closes: '24:00' });
    expect(calls[0]!.body).toContainEqual({ weekday: 1, opens: '12:00', closes: '18:00' });
  });

  it('says why the server refused', async () => {
    mockApi({ 'PUT /api/spaces/s1/opening-hours': () => problem(403, 'forbidden') });
    render();
    await userEvent.click(within(day('Freitag')).getByRole('button', { name: 'Zeitraum am Freitag hinzufügen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Öffnungszeiten speichern' }));
    expect(await screen.findByText('Öffnungszeiten nicht gespeichert')).toBeInTheDocument();
    expect(screen.getByText('Dazu fehlt Ihnen die Berechtigung.')).toBeInTheDocument();
  });
});
