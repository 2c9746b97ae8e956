import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '../../../lib/i18n';
import { aDesk, aSpaceDetail } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { LabelSheetPage } from './label-sheet-page';

const desks = [
  ...Array.from({ length: 13 }, (_, i) => aDesk({ id: `d${i + 1}`, name: `Tisch ${i + 1}` })),
  aDesk({ id: 'room', name: 'Konferenz', kind: 'room', seats: 10 }),
  aDesk({ id: 'old', name: 'Alt', activeUntil: '2020-01-01' }),
];
const render = (space = aSpaceDetail({ desks })) =>
  renderWithApp(<LabelSheetPage space={space} origin="https://popdesk.example" />, {
    path: '/manage/spaces/s1/labels',
  });

afterEach(() => vi.restoreAllMocks());

describe('the QR label sheet', () => {
  it('has one label per desk in use, on A4 sheets of twelve', () => {
    render();
    expect(screen.getByRole('heading', { level: 1, name: 'QR-Etiketten: Dorfbüro' })).toBeInTheDocument();
    const sheets = screen.getAllByRole('region');
    expect(sheets.map((s) => s.getAttribute('aria-label'))).toEqual(['Blatt 1 von 2', 'Blatt 2 von 2']);
    expect(within(sheets[0]!).getAllByRole('listitem')).toHaveLength(12);
    expect(within(sheets[1]!).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByText('Konferenz')).not.toBeInTheDocument();
    expect(screen.queryByText('Alt')).not.toBeInTheDocument();
    expect(screen.getByText(/^13 Etiketten auf 2 Blatt A4/)).toBeInTheDocument();
  });

  it('shows on each label the desk, the space, its QR code and its short address', () => {
    render();
    const label = screen.getByText('Tisch 1').closest('li')!;
    expect(within(label).getByText('Dorfbüro')).toBeInTheDocument();
    expect(within(label).getByRole('img', { name: 'QR-Code für Tisch Tisch 1' })).toHaveAttribute(
      'src',
      '/api/desks/d1/qr.svg',
    );
    expect(within(label).getByText('popdesk.example/tisch/d1')).toBeInTheDocument();
  });

  it('prints, with print rules for A4 and without the app around it', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { container } = render();
    await userEvent.click(screen.getByRole('button', { name: 'Drucken' }));
    expect(print).toHaveBeenCalledOnce();
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@page { size: A4 portrait');
    expect(css).toContain('.page-header { display: none');
    expect(screen.getByRole('button', { name: 'Drucken' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Zurück zum Space' })).toHaveAttribute('href', '/manage/spaces/s1');
  });

  it('says so when there is nothing to print', () => {
    render(aSpaceDetail({ desks: [aDesk({ kind: 'room', seats: 4 })] }));
    expect(screen.getByRole('heading', { name: 'Keine Tische' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Drucken' })).toBeDisabled();
  });

  it('speaks English', async () => {
    setLanguage('en');
    render(aSpaceDetail({ desks: [aDesk()] }));
    expect(await screen.findByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(screen.getByText('Scan: check in or book')).toBeInTheDocument();
    expect(screen.getByText(/^1 label on 1 A4 sheet/)).toBeInTheDocument();
  });
});
