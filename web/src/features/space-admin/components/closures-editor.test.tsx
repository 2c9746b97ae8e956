import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Closure, CreatedClosures } from '@popdesk/shared';
import { mockApi, renderWithApp } from '../../../test/render';
import { aBooking } from '../../../test/factories';
import { ClosuresEditor } from './closures-editor';

const TODAY = '2031-06-10';
const closure = (date: string, over: Partial<Closure> = {}): Closure => ({
  spaceId: 's1',
  date,
  reason: null,
  starts: null,
  ends: null,
  batchId: null,
  createdAt: '2031-06-01T08:00:00.000Z',
  ...over,
});
const created = (over: Partial<CreatedClosures> = {}): CreatedClosures => ({
  ...closure('2031-06-12'),
  until: '2031-06-12',
  dates: ['2031-06-12'],
  affectedBookings: 0,
  ...over,
});

const render = (closures: Closure[] = []) =>
  renderWithApp(
    <ClosuresEditor
      space={{ id: 's1', timezone: 'Europe/Berlin', opensOn: null, closesOn: null, closures }}
      today={TODAY}
    />,
  );

const form = () => screen.getByRole('form', { name: 'Schließtag eintragen' });

describe('the closures editor', () => {
  it('closes a range in one action, optionally only some hours of each day', async () => {
    const calls = mockApi({
      'POST /api/spaces/s1/closures': () => ({
        status: 201,
        body: created({ date: '2031-12-23', until: '2032-01-01', dates: ['2031-12-23'] }),
      }),
    });
    render();
    await userEvent.type(within(form()).getByLabelText('Datum'), '2031-12-23');
    await userEvent.type(within(form()).getByLabelText(/^Bis/), '2032-01-01');
    await userEvent.click(within(form()).getByLabelText('Nur einige Stunden des Tages'));
    await userEvent.type(within(form()).getByLabelText('Geschlossen von'), '13:00');
    await userEvent.type(within(form()).getByLabelText('Geschlossen bis'), '18:00');
    await userEvent.type(within(form()).getByLabelText(/^Grund/), 'Weihnachtspause');
    await userEvent.click(within(form()).getByRole('button', { name: 'Schließtag eintragen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({
      date: '2031-12-23',
      until: '2032-01-01',
      starts: '13:00',
      ends: '18:00',
      reason: 'Weihnachtspause',
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('asks before closing a past date, saying which council reports change, and only then sends confirmPast', async () => {
    const calls = mockApi({
      'POST /api/spaces/s1/closures': () => ({ status: 201, body: created({ date: '2031-05-30' }) }),
    });
    render();
    await userEvent.type(within(form()).getByLabelText('Datum'), '2031-05-30');
    await userEvent.type(within(form()).getByLabelText(/^Bis/), '2031-06-02');
    await userEvent.click(within(form()).getByRole('button', { name: 'Schließtag eintragen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Einen vergangenen Tag schließen?' });
    expect(dialog).toHaveTextContent('Die Berichte an den Rat für diese Monate ändern sich');
    expect(dialog).toHaveTextContent('Mai 2031, Juni 2031');
    expect(calls).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, schließen und Berichte ändern' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ date: '2031-05-30', until: '2031-06-02', confirmPast: true });
  });

  it('lists a range as one entry with its window and reopens it whole after confirmation', async () => {
    const calls = mockApi({ 'DELETE /api/spaces/s1/closure-batches/b1': () => ({ status: 204 }) });
    const batch = { batchId: 'b1', reason: 'Ratssitzung', starts: '14:00', ends: '18:00' };
    render([
      closure('2031-06-12', batch),
      closure('2031-06-13', batch),
      closure('2031-06-14', batch),
      closure('2031-05-01', { reason: 'Maifeiertag' }),
    ]);
    const entry = screen.getByText('Ratssitzung', { exact: false }).closest('li')!;
    expect(entry).toHaveTextContent('14:00–18:00 Uhr');
    expect(entry).toHaveTextContent('3 Tage');
    // the past closure is listed too, collapsed
    expect(screen.getByText('Vergangene Schließtage (1)')).toBeInTheDocument();
    expect(screen.getByText('Maifeiertag', { exact: false })).toBeInTheDocument();

    await userEvent.click(within(entry).getByRole('button', { name: /^Ganzen Zeitraum wieder öffnen: / }));
    const dialog = await screen.findByRole('dialog', { name: 'Wieder öffnen?' });
    expect(dialog).toHaveTextContent('An diesen 3 Tagen kann wieder gebucht werden.');
    expect(calls).toHaveLength(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Wieder öffnen' }));
    await waitFor(() =>
      expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['DELETE /api/spaces/s1/closure-batches/b1']),
    );
  });

  it('warns that reopening a past closure changes reports', async () => {
    mockApi({ 'DELETE /api/spaces/s1/closures/2031-05-01': () => ({ status: 204 }) });
    render([closure('2031-05-01', { reason: 'Tippfehler' })]);
    await userEvent.click(screen.getByText('Vergangene Schließtage (1)'));
    await userEvent.click(screen.getByRole('button', { name: /wieder öffnen$/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Vergangene Schließung aufheben?' });
    expect(dialog).toHaveTextContent('Mai 2031');
  });

  it('after a closure that hits bookings, shows the people and cancels their bookings with a message', async () => {
    const hit = [
      aBooking({
        id: 'b1',
        start: '2031-06-12T07:00:00.000Z',
        end: '2031-06-12T10:00:00.000Z',
        userName: 'Erika Muster',
      }),
      aBooking({
        id: 'b2',
        userId: null,
        guestName: 'Gast Meier',
        start: '2031-06-12T12:00:00.000Z',
        end: '2031-06-12T13:00:00.000Z',
      }),
      aBooking({ id: 'b3', status: 'cancelled', start: '2031-06-12T08:00:00.000Z', end: '2031-06-12T09:00:00.000Z' }),
    ];
    const calls = mockApi({
      'POST /api/spaces/s1/closures': () => ({ status: 201, body: created({ affectedBookings: 2 }) }),
      'GET /api/bookings': () => ({ body: hit }),
      'POST /api/bookings/cancel-many': () => ({
        body: { cancelled: hit.slice(0, 2).map((b) => ({ ...b, status: 'cancelled' })), unchanged: [] },
      }),
    });
    render();
    await userEvent.type(within(form()).getByLabelText('Datum'), '2031-06-12');
    await userEvent.click(within(form()).getByRole('button', { name: 'Schließtag eintragen' }));
    const people = await screen.findByRole('list', { name: 'Betroffene Buchungen' });
    expect(within(people).getAllByRole('listitem')).toHaveLength(2);
    expect(people).toHaveTextContent('Erika Muster');
    expect(people).toHaveTextContent('09:00–12:00');
    expect(people).toHaveTextContent('Gast Meier');
    const list = calls.find((c) => c.method === 'GET')!;
    expect(list.path).toContain('spaceId=s1');

    await userEvent.type(screen.getByLabelText(/^Nachricht an die Personen/), 'Wasserschaden, sorry!');
    await userEvent.click(
      screen.getByRole('button', { name: 'Diese 2 Buchungen stornieren und die Personen benachrichtigen' }),
    );
    expect(await screen.findByText('2 Buchungen storniert; jede Person erhält eine E-Mail.')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/api/bookings/cancel-many')!.body).toEqual({
      bookingIds: ['b1', 'b2'],
      message: 'Wasserschaden, sorry!',
    });
  });
});
