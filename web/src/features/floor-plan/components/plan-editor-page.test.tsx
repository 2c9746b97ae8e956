import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FloorPlanMeta } from '@popdesk/shared';
import { setToken } from '../../../lib/auth-token';
import { setLanguage } from '../../../lib/i18n';
import { aDesk, aSpaceDetail } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { PlanEditorPage } from './plan-editor-page';

const plan: FloorPlanMeta = {
  spaceId: 's1',
  mediaType: 'image/svg+xml',
  width: 800,
  height: 400,
  updatedAt: '2027-10-20T10:00:00.000Z',
  url: '/api/spaces/s1/floor-plan?v=1',
};
const space = aSpaceDetail({
  desks: [
    aDesk({ id: 'd1', name: 'Fenster', planX: 0.2, planY: 0.3 }),
    aDesk({ id: 'd2', name: 'Ecke', planX: null, planY: null }),
    aDesk({ id: 'old', name: 'Alt', activeUntil: '2020-01-01' }),
  ],
});
const render = () => renderWithApp(<PlanEditorPage space={space} />, { path: '/manage/spaces/s1/plan' });
const liveRegion = () => screen.getByTestId('live-region');
const svgFile = (text = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 4"/>') =>
  new File([text], 'plan.svg', { type: 'image/svg+xml' });

beforeEach(() => setToken('token'));
afterEach(() => vi.restoreAllMocks());

describe('uploading the plan', () => {
  it('checks type and size before sending, and says what is wrong at the field', async () => {
    const calls = mockApi({ 'GET /api/spaces/s1/floor-plan/meta': () => problem(404, 'not-found') });
    render();
    expect(await screen.findByText('Noch kein Plan hochgeladen.')).toBeInTheDocument();
    expect(screen.getByText(/Laden Sie zuerst einen Plan hoch/)).toBeInTheDocument();
    const input = screen.getByLabelText('Datei (SVG oder PNG, höchstens 1 MB)');
    const upload = screen.getByRole('button', { name: 'Hochladen' });

    await userEvent.click(upload);
    expect(screen.getByText('Bitte wählen Sie eine Datei.')).toBeInTheDocument();

    fireEvent.change(input, { target: { files: [new File(['GIF89a'], 'plan.gif', { type: 'image/gif' })] } });
    await userEvent.click(upload);
    expect(screen.getByText('Nur SVG- und PNG-Dateien sind möglich.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');

    const big = new File([new Uint8Array(1_200_000)], 'plan.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [big] } });
    await userEvent.click(upload);
    expect(screen.getByText('Die Datei ist 1,2 MB groß; erlaubt sind höchstens 1 MB.')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });

  it('sends the file as it is, and names what the server refused in an SVG', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/floor-plan/meta': () => problem(404, 'not-found'),
      'PUT /api/spaces/s1/floor-plan': () =>
        problem(422, 'unsafe-svg', 'The SVG contains a <script> element; remove it and upload again.'),
    });
    render();
    const input = await screen.findByLabelText(/^Datei/);
    const file = svgFile('<svg><script>alert(1)</script></svg>');
    fireEvent.change(input, { target: { files: [file] } });
    await userEvent.click(screen.getByRole('button', { name: 'Hochladen' }));
    expect(await screen.findByText(/Das SVG wurde abgelehnt.*a <script> element/)).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toBe(file);
    expect(put.headers['Content-Type']).toBe('image/svg+xml');
    expect(put.headers.Authorization).toBe('Bearer token');
  });

  it('shows the new plan once uploaded, ready to place the desks', async () => {
    mockApi({
      'GET /api/spaces/s1/floor-plan/meta': () => problem(404, 'not-found'),
      'PUT /api/spaces/s1/floor-plan': () => ({ body: plan }),
    });
    render();
    fireEvent.change(await screen.findByLabelText(/^Datei/), { target: { files: [svgFile()] } });
    await userEvent.click(screen.getByRole('button', { name: 'Hochladen' }));
    expect(await screen.findByRole('img', { name: 'Grundriss von Dorfbüro' })).toHaveAttribute('src', plan.url);
    expect(screen.getByText('Aktueller Plan: SVG, 800 × 400')).toBeInTheDocument();
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Plan hochgeladen (800 × 400).'));
  });
});

describe('placing the desks', () => {
  it('moves a desk by keyboard: Enter takes it, arrows move 1 % (Shift 5 %), Enter drops; saved with PATCH', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/floor-plan/meta': () => ({ body: plan }),
      'PATCH /api/desks/d1': (init) => ({ body: aDesk({ id: 'd1', ...JSON.parse(String(init!.body)) }) }),
    });
    render();
    const marker = await screen.findByRole('button', { name: 'Fenster, 20 % von links, 30 % von oben' });
    expect(screen.queryByRole('button', { name: /^Alt/ })).not.toBeInTheDocument();
    marker.focus();
    await userEvent.keyboard('{Enter}');
    expect(marker).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(liveRegion()).toHaveTextContent(/Fenster ausgewählt, 20 % von links/));
    await userEvent.keyboard('{ArrowRight}{Shift>}{ArrowDown}{/Shift}');
    expect(marker).toHaveAccessibleName('Fenster, 21 % von links, 35 % von oben');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Fenster: 21 % von links, 35 % von oben'));
    await userEvent.keyboard('{Enter}');
    expect(marker).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(screen.getByRole('button', { name: '1 geänderte Position speichern' }));
    await waitFor(() => expect(liveRegion()).toHaveTextContent('1 Position gespeichert.'));
    expect(calls.filter((c) => c.method === 'PATCH')).toEqual([
      expect.objectContaining({ path: '/api/desks/d1', body: { planX: 0.21, planY: 0.35 } }),
    ]);
    expect(screen.getByRole('button', { name: 'Alle Positionen sind gespeichert.' })).toBeDisabled();
  });

  it('puts Escape back where the desk was', async () => {
    mockApi({ 'GET /api/spaces/s1/floor-plan/meta': () => ({ body: plan }) });
    render();
    const marker = await screen.findByRole('button', { name: /^Fenster, 20 %/ });
    marker.focus();
    await userEvent.keyboard('{Enter}{ArrowLeft}{ArrowLeft}');
    expect(marker).toHaveAccessibleName('Fenster, 18 % von links, 30 % von oben');
    await userEvent.keyboard('{Escape}');
    expect(marker).toHaveAccessibleName('Fenster, 20 % von links, 30 % von oben');
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Fenster wieder an seinem alten Platz.'));
    expect(screen.getByRole('button', { name: 'Alle Positionen sind gespeichert.' })).toBeDisabled();
  });

  it('lists the desks not on the plan; putting one on focuses it, in hand, ready for the arrows', async () => {
    const calls = mockApi({
      'GET /api/spaces/s1/floor-plan/meta': () => ({ body: plan }),
      'PATCH /api/desks/d2': () => ({ body: aDesk({ id: 'd2', name: 'Ecke', planX: 0.51, planY: 0.5 }) }),
    });
    render();
    const list = (await screen.findByRole('heading', { name: 'Noch nicht auf dem Plan' })).nextElementSibling!;
    await userEvent.click(within(list as HTMLElement).getByRole('button', { name: 'Ecke auf den Plan setzen' }));
    const marker = screen.getByRole('button', { name: /^Ecke, 42 % von links, 42 % von oben/ });
    expect(marker).toHaveFocus();
    expect(marker).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Alle Plätze sind auf dem Plan.')).toBeInTheDocument();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    await userEvent.click(screen.getByRole('button', { name: '1 geänderte Position speichern' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ planX: 0.43, planY: 0.42 });
  });

  it('drags a desk with a pointer to where it is let go', async () => {
    mockApi({ 'GET /api/spaces/s1/floor-plan/meta': () => ({ body: plan }) });
    render();
    const marker = await screen.findByRole('button', { name: /^Fenster, 20 %/ });
    const box = marker.parentElement!;
    vi.spyOn(box, 'getBoundingClientRect').mockReturnValue({ left: 100, top: 50, width: 800, height: 400 } as DOMRect);
    fireEvent.pointerDown(marker, { button: 0, pointerId: 1, clientX: 260, clientY: 170 });
    fireEvent.pointerMove(marker, { pointerId: 1, clientX: 500, clientY: 250 });
    fireEvent.pointerUp(marker, { pointerId: 1, clientX: 500, clientY: 250 });
    fireEvent.click(marker);
    expect(marker).toHaveAccessibleName('Fenster, 50 % von links, 50 % von oben');
    expect(marker).toHaveAttribute('aria-pressed', 'false'); // the click after a drag is no pick
    await waitFor(() => expect(liveRegion()).toHaveTextContent('Fenster abgelegt bei 50 % von links, 50 % von oben.'));
  });

  it('speaks English', async () => {
    setLanguage('en');
    mockApi({ 'GET /api/spaces/s1/floor-plan/meta': () => ({ body: plan }) });
    render();
    expect(
      await screen.findByRole('button', { name: 'Fenster, 20 % from the left, 30 % from the top' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Put Ecke on the plan' })).toBeInTheDocument();
    setLanguage('de');
  });
});
