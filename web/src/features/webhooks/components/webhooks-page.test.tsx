import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Webhook } from '@popdesk/shared';
import { aWebhook, aWebhookDelivery } from '../../../test/factories';
import { mockApi, problem, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { WebhooksPage } from './webhooks-page';

const hook = aWebhook();
const SECRET = 'whsec_1234567890abcdefghijklmnopqrstuv';

const render = () => renderWithApp(<WebhooksPage />);

describe('webhooks', () => {
  beforeEach(() => setToken('token'));

  it('shows loading, then an empty list, and an error with a retry', async () => {
    let answer!: (v: { body: unknown }) => void;
    mockApi({ 'GET /api/admin/webhooks': () => new Promise((r) => (answer = r)) });
    const first = render();
    expect(screen.getByText('Webhooks werden geladen …')).toBeInTheDocument();
    answer({ body: [] });
    expect(await screen.findByRole('heading', { name: 'Noch keine Webhooks' })).toBeInTheDocument();
    first.unmount();

    let calls = 0;
    mockApi({ 'GET /api/admin/webhooks': () => (++calls === 1 ? problem(500, 'internal') : { body: [hook] }) });
    render();
    expect(await screen.findByRole('alert')).toHaveTextContent('Auf dem Server ist ein Fehler aufgetreten');
    await userEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('heading', { name: hook.url })).toBeInTheDocument();
  });

  it('checks the form as the server does and sends nothing until it is right', async () => {
    const calls = mockApi({ 'GET /api/admin/webhooks': () => ({ body: [] }) });
    render();
    const form = await screen.findByRole('form', { name: 'Webhook registrieren' });
    const url = within(form).getByLabelText('Adresse (URL)');
    await userEvent.type(url, 'ftp://example.org');
    for (const box of within(form).getAllByRole('checkbox')) await userEvent.click(box);
    await userEvent.click(within(form).getByRole('button', { name: 'Webhook registrieren' }));
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('Die Adresse muss mit https:// oder http:// beginnen.'),
    );
    expect(within(form).getByRole('group', { name: 'Ereignisse' })).toHaveAccessibleDescription(
      'Bitte mindestens ein Ereignis wählen.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Bitte korrigieren Sie:');
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('puts the server’s refusal of an address at the URL field', async () => {
    mockApi({
      'GET /api/admin/webhooks': () => ({ body: [] }),
      'POST /api/admin/webhooks': () =>
        problem(422, 'webhook-url-not-allowed', 'Webhooks may not call private or loopback addresses.'),
    });
    render();
    const url = await screen.findByLabelText('Adresse (URL)');
    await userEvent.type(url, 'http://127.0.0.1:9000/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Webhook registrieren' }));
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining('Das ist keine öffentliche Adresse (etwa localhost oder ein internes Netz)'),
    );
    // the server's English words stay out of a German page
    expect(url).not.toHaveAccessibleDescription(expect.stringContaining('Webhooks may not'));
  });

  it('registers a webhook and shows its secret exactly once, with a copy button and a warning', async () => {
    let list: Webhook[] = [];
    const calls = mockApi({
      'GET /api/admin/webhooks': () => ({ body: list }),
      'POST /api/admin/webhooks': (init) => {
        const body = JSON.parse(String(init!.body));
        list = [{ ...hook, ...body }];
        return { status: 201, body: { ...list[0], secret: SECRET } };
      },
    });
    render();
    await screen.findByRole('heading', { name: 'Noch keine Webhooks' });
    await userEvent.type(screen.getByLabelText('Adresse (URL)'), hook.url);
    await userEvent.click(screen.getByRole('checkbox', { name: /booking.checked_in/ }));
    await userEvent.type(screen.getByLabelText('Beschreibung (freiwillig)'), 'Statistik der Gemeinde');
    await userEvent.click(screen.getByRole('button', { name: 'Webhook registrieren' }));

    const notice = await screen.findByRole('region', { name: /Signatur-Geheimnis – jetzt sichern/ });
    expect(within(notice).getByRole('heading', { name: /Signatur-Geheimnis/ })).toHaveFocus();
    expect(within(notice).getByText(/nur dieses eine Mal angezeigt/)).toBeInTheDocument();
    expect(within(notice).getByLabelText('Signatur-Geheimnis')).toHaveValue(SECRET);
    expect(within(notice).getByRole('button', { name: 'Kopieren' })).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      url: hook.url,
      events: [
        'booking.created',
        'booking.cancelled',
        'booking.no_show',
        'event.created',
        'event.cancelled',
        'registration.created',
        'registration.cancelled',
      ],
      description: 'Statistik der Gemeinde',
    });
    expect(await screen.findByRole('heading', { name: hook.url, level: 3 })).toBeInTheDocument();

    await userEvent.click(within(notice).getByRole('button', { name: 'Ich habe das Geheimnis gesichert' }));
    // gone for good: not in the page, not in the list, and the form is back
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('form', { name: 'Webhook registrieren' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Registrierte Webhooks' })).toHaveFocus();
  });

  it('shows the delivery log with each attempt’s time, HTTP status or error, and duration', async () => {
    mockApi({
      'GET /api/admin/webhooks': () => ({ body: [hook] }),
      'GET /api/admin/webhooks/w1/deliveries': () => ({
        body: [
          aWebhookDelivery({
            id: 'd2',
            event: 'booking.cancelled',
            status: 'failed',
            attempts: 2,
            lastStatusCode: null,
            lastError: 'connect ECONNREFUSED',
            log: [
              { at: '2031-03-03T10:00:00.000Z', statusCode: 503, error: 'HTTP 503', durationMs: 120 },
              { at: '2031-03-03T10:01:00.000Z', statusCode: null, error: 'connect ECONNREFUSED', durationMs: 3 },
            ],
            deliveredAt: null,
          }),
          aWebhookDelivery(),
        ],
      }),
    });
    render();
    const card = (await screen.findByRole('heading', { name: hook.url })).closest('article')!;
    await userEvent.click(within(card).getByRole('button', { name: 'Zustellungen anzeigen' }));
    const log = await within(card).findByRole('region', { name: `Zustellungen an ${hook.url}` });
    expect(await within(log).findByText('2 Zustellungen, die neueste zuerst.')).toBeInTheDocument();
    const [failedOne, deliveredOne] = within(log)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL' && li.querySelector('h4'));
    expect(within(failedOne!).getByText('Fehlgeschlagen')).toBeInTheDocument();
    const attempts = within(within(failedOne!).getByRole('list', { name: '2 Versuche' })).getAllByRole('listitem');
    expect(attempts[0]).toHaveTextContent(/^Versuch 1, .* · HTTP 503 · 120 ms$/);
    expect(attempts[1]).toHaveTextContent(/^Versuch 2, .* · keine Antwort · connect ECONNREFUSED · 3 ms$/);
    expect(within(deliveredOne!).getByText('Zugestellt')).toBeInTheDocument();
    expect(within(deliveredOne!).getByRole('listitem')).toHaveTextContent(/HTTP 200 · 42 ms/);
  });

  it('deletes a webhook only after a confirmation', async () => {
    let list = [hook];
    const calls = mockApi({
      'GET /api/admin/webhooks': () => ({ body: list }),
      'DELETE /api/admin/webhooks/w1': () => {
        list = [];
        return { status: 204 };
      },
    });
    render();
    await userEvent.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('dialog', { name: 'Webhook löschen?' });
    expect(dialog).toHaveTextContent(hook.url);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(calls.filter((c) => c.method === 'DELETE')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Löschen' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Webhook löschen?' })).getByRole('button', { name: 'Ja, löschen' }),
    );
    expect(await screen.findByRole('heading', { name: 'Noch keine Webhooks' })).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(1);
  });
});
