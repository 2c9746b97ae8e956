import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OutboxStatus } from '@popdesk/shared';
import { anOutboxMessage } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { OutboxPage } from './outbox-page';

const failed = anOutboxMessage({
  id: 'm2',
  kind: 'booking_cancellation',
  to: 'max@example.org',
  subject: 'Buchung storniert',
  status: 'failed',
  attempts: 8,
  lastError: '550 mailbox unavailable',
  sentAt: null,
  transport: null,
  attachments: [],
});

function render(status: OutboxStatus | '' = '', onStatus: (s: OutboxStatus | '') => void = () => {}) {
  return renderWithApp(<OutboxPage status={status} onStatus={onStatus} />);
}

describe('the e-mail outbox', () => {
  beforeEach(() => setToken('token'));

  it('shows that it is loading, then says plainly when there is nothing yet', async () => {
    let answer!: (v: { body: unknown }) => void;
    mockApi({ 'GET /api/admin/outbox': () => new Promise((r) => (answer = r)) });
    render();
    expect(screen.getByText('E-Mails werden geladen …')).toBeInTheDocument();
    answer({ body: [] });
    expect(await screen.findByRole('heading', { name: 'Noch keine E-Mails' })).toBeInTheDocument();
  });

  it('says what went wrong when the list cannot be loaded, and tries again', async () => {
    let calls = 0;
    mockApi({
      'GET /api/admin/outbox': () => (++calls === 1 ? problem(403, 'forbidden') : { body: [anOutboxMessage()] }),
    });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('Dazu fehlt Ihnen die Berechtigung.');
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: 'Ihre Buchung im Dorfbüro' })).toBeInTheDocument();
  });

  it('marks a failed message in words and with its error, and opens a message to read it', async () => {
    const calls = mockApi({ 'GET /api/admin/outbox': () => ({ body: [failed, anOutboxMessage()] }) });
    render();
    const failedCard = (await screen.findByRole('heading', { name: 'Buchung storniert' })).closest('article')!;
    expect(within(failedCard).getByText('Fehlgeschlagen')).toBeInTheDocument();
    expect(within(failedCard).getByText('Nicht zugestellt – aufgegeben nach 8 Versuchen')).toBeInTheDocument();
    expect(within(failedCard).getByText('550 mailbox unavailable')).toBeInTheDocument();
    expect(within(failedCard).getByText('Stornierung')).toBeInTheDocument();
    expect(within(failedCard).getByText('max@example.org')).toBeInTheDocument();
    // the newest first, as the server sends them
    expect(screen.getAllByRole('article').map((a) => within(a).getByRole('heading', { level: 2 }).textContent)).toEqual(
      ['Buchung storniert', 'Ihre Buchung im Dorfbüro'],
    );
    expect(calls[0]!.path).toBe('/api/admin/outbox?limit=50');

    const sentCard = screen.getByRole('heading', { name: 'Ihre Buchung im Dorfbüro' }).closest('article')!;
    expect(within(sentCard).getByText('Gesendet', { selector: '.badge' })).toBeInTheDocument();
    expect(within(sentCard).queryByText(/Tisch Fenster ist für Sie reserviert/)).not.toBeInTheDocument();
    const open = within(sentCard).getByRole('button', { name: 'Nachricht lesen' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(open);
    expect(within(sentCard).getByRole('button', { name: 'Nachricht ausblenden' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(within(sentCard).getByText(/Tisch Fenster ist für Sie reserviert/)).toBeInTheDocument();
    expect(within(sentCard).getByText('buchung.ics')).toBeInTheDocument();
  });

  it('filters by status and loads older messages in pages', async () => {
    const page = Array.from({ length: 50 }, (_, i) => anOutboxMessage({ id: `p${i}`, subject: `Nachricht ${i}` }));
    const calls = mockApi({
      'GET /api/admin/outbox': (_init, url) => ({
        body:
          url.searchParams.get('limit') === '50'
            ? page
            : [...page, anOutboxMessage({ id: 'old', subject: 'Die älteste' })],
      }),
    });
    const chosen: string[] = [];
    render('sent', (s) => chosen.push(s));
    await screen.findByText('50 E-Mails.', { exact: false });
    expect(calls[0]!.path).toBe('/api/admin/outbox?limit=50&status=sent');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'failed');
    expect(chosen).toEqual(['failed']);

    await userEvent.click(screen.getByRole('button', { name: 'Ältere laden' }));
    expect(await screen.findByRole('heading', { name: 'Die älteste' })).toBeInTheDocument();
    expect(calls.at(-1)!.path).toBe('/api/admin/outbox?limit=100&status=sent');
    // fewer than asked for: that was all
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ältere laden' })).not.toBeInTheDocument());
  });
});
