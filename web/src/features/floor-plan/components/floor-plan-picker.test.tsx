import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FloorPlanMeta } from '@popdesk/shared';
import { renderWithApp } from '../../../test/render';
import { FloorPlanPicker, type PlaceStatus } from './floor-plan-picker';

const plan: FloorPlanMeta = {
  spaceId: 's1',
  mediaType: 'image/png',
  width: 400,
  height: 300,
  updatedAt: '2027-10-20T10:00:00.000Z',
  url: '/api/spaces/s1/floor-plan?v=1',
};
const desks = [
  { id: 'd1', planX: 0.1, planY: 0.2 },
  { id: 'd2', planX: 0.6, planY: 0.5 },
  { id: 'r1', planX: 0.9, planY: 0.9 },
  { id: 'd3', planX: null, planY: null },
];
const places = (status: Record<string, PlaceStatus>) =>
  Object.entries(status).map(([deskId, s]) => ({ deskId, name: `Platz ${deskId}`, status: s }));

function render(selectedDeskId: string | null = null) {
  const onPick = vi.fn();
  renderWithApp(
    <FloorPlanPicker
      plan={plan}
      spaceName="Dorfbüro"
      desks={desks}
      places={places({ d1: 'free', d2: 'taken', r1: 'unavailable', d3: 'free' })}
      selectedDeskId={selectedDeskId}
      onPick={onPick}
    />,
  );
  return onPick;
}

describe('picking a desk on the floor plan', () => {
  it('says free and taken in words on every desk, and shows them by pattern, not colour alone', () => {
    render();
    expect(screen.getByRole('img', { name: 'Grundriss von Dorfbüro' })).toHaveAttribute('src', plan.url);
    const free = screen.getByRole('button', { name: 'Platz d1 · frei' });
    const taken = screen.getByRole('button', { name: 'Platz d2 · belegt' });
    expect(screen.getByRole('button', { name: 'Platz r1 · nicht buchbar' })).toHaveAttribute('aria-disabled', 'true');
    expect(free.className).toMatch(/free/);
    expect(taken.className).toMatch(/taken/);
    expect(taken).toHaveAttribute('aria-disabled', 'true');
    expect(free.style.left).toBe('10%');
    expect(free.style.top).toBe('20%');
    expect(screen.getByRole('list', { name: 'Legende' })).toHaveTextContent(/frei.*belegt/);
    expect(screen.getByText(/1 Platz ist nicht auf dem Plan eingezeichnet; er steht in der Liste/)).toBeInTheDocument();
  });

  it('picks a free desk and nothing else', async () => {
    const onPick = render();
    await userEvent.click(screen.getByRole('button', { name: 'Platz d2 · belegt' }));
    expect(onPick).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Platz d1 · frei' }));
    expect(onPick).toHaveBeenCalledWith('d1');
  });

  it('marks the chosen desk in words', () => {
    render('d1');
    const chosen = screen.getByRole('button', { name: 'Platz d1 · gewählt' });
    expect(chosen).toHaveAttribute('aria-pressed', 'true');
  });
});
