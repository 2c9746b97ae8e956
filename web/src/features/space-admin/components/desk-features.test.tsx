import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aDesk } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { DesksEditor } from './desks-editor';

const render = (desks = [aDesk({ id: 'd1', name: 'Fenster', features: ['window', 'monitor'] })]) =>
  renderWithApp(<DesksEditor spaceId="s1" desks={desks} today="2031-06-03" />);
const deskForm = (name: string) => screen.getByRole('form', { name });
const addForm = () => screen.getByRole('form', { name: 'Tisch hinzufügen' });

describe('desk features in the desk form', () => {
  it('lists a desk’s features as icon and text, and ticks them in its form', () => {
    render();
    const row = deskForm('Fenster');
    const badges = within(row).getByRole('list', { name: 'Ausstattung' });
    // canonical order, text next to the (decorative) icon
    expect(
      within(badges)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Monitor', 'Fensterplatz']);
    const group = within(row).getByRole('group', { name: 'Ausstattung' });
    expect(within(group).getByRole('checkbox', { name: 'Monitor' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Fensterplatz' })).toBeChecked();
    expect(within(group).getByRole('checkbox', { name: 'Stehtisch' })).not.toBeChecked();
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('name')),
    ).toHaveLength(7);
  });

  it('sends the ticked features with a new desk', async () => {
    const calls = mockApi({
      'POST /api/spaces/s1/desks': (init) => ({
        status: 201,
        body: aDesk({ id: 'd2', ...JSON.parse(String(init?.body)) }),
      }),
    });
    render([]);
    const form = addForm();
    await userEvent.type(within(form).getByLabelText(/Name des Tisches/), 'Ruhige Ecke');
    const group = within(form).getByRole('group', { name: 'Ausstattung' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Ruhig' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Barrierefrei' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Monitor' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Tisch hinzufügen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({
      name: 'Ruhige Ecke',
      kind: 'desk',
      features: ['monitor', 'quiet', 'accessible'],
    });
  });

  it('saves a changed set of features, and offers none for a room', async () => {
    const calls = mockApi({
      'PATCH /api/desks/d1': (init) => ({ body: aDesk({ id: 'd1', ...JSON.parse(String(init?.body)) }) }),
    });
    render();
    const row = deskForm('Fenster');
    const save = within(row).getByRole('button', { name: 'Speichern' });
    expect(save).toBeDisabled();
    const group = within(row).getByRole('group', { name: 'Ausstattung' });
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Monitor' }));
    await userEvent.click(within(group).getByRole('checkbox', { name: 'Dockingstation' }));
    expect(save).toBeEnabled();
    await userEvent.click(save);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ features: ['window', 'docking'] });

    await userEvent.selectOptions(within(addForm()).getByLabelText('Art des Platzes'), 'room');
    expect(within(addForm()).queryByRole('group', { name: 'Ausstattung' })).not.toBeInTheDocument();
  });
});
