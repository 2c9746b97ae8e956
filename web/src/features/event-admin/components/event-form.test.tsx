import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aDesk, anEvent, aSpaceDetail } from '../../../test/factories';
import { mockApi, renderWithApp } from '../../../test/render';
import { setToken } from '../../../lib/auth-token';
import { CreateEventPage } from './create-event-page';
import { EventPage } from './event-page';

// Sunday 31 October 2027, the autumn DST change in Berlin: 10:00 local is 09:00 UTC (CET)
const DAY = '2027-10-31';
const space = aSpaceDetail({
  desks: [
    aDesk({ id: 'd1', name: 'Tisch 1' }),
    aDesk({ id: 'd2', name: 'Tisch 2' }),
    aDesk({ id: 'r1', name: 'Konferenztisch', kind: 'room', seats: 10 }),
    aDesk({ id: 'old', name: 'Alter Tisch', activeUntil: '2027-01-31' }),
  ],
  openingHours: [{ weekday: 7, opens: '09:00', closes: '18:00' }],
});

const form = () => screen.getByRole('form', { name: 'Veranstaltung anlegen' });
const renderNew = () => renderWithApp(<CreateEventPage space={space} date={DAY} onCreated={() => {}} />);
const field = (name: string | RegExp) => within(form()).getByLabelText(name);

async function fillTime(label: string, value: string) {
  await userEvent.clear(field(label));
  await userEvent.type(field(label), value);
}

describe('the event form', () => {
  beforeEach(() => setToken('token'));

  it('checks the fields before sending, and names each problem at its field', async () => {
    const calls = mockApi({});
    renderNew();
    await fillTime('Ende', '09:30');
    await fillTime('Beginn', '10:00');
    await userEvent.click(within(form()).getByRole('button', { name: 'Veranstaltung anlegen' }));
    const summary = await within(form()).findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Titel: Bitte ausfüllen.',
      'Ende: Das Ende muss nach dem Beginn liegen.',
      'Plätze: Bitte eine Zahl von 1 bis 10000 eingeben.',
    ]);
    expect(field('Titel')).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(field('Titel')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('creates an event at local wall-clock time (DST day), suggesting the room’s seats as places', async () => {
    const calls = mockApi({
      'POST /api/spaces/s1/events': () => ({ status: 201, body: anEvent({ id: 'e9' }) }),
    });
    renderNew();
    // the day's opening hours as a hint; a retired desk is not offered
    expect(field('Datum')).toHaveAccessibleDescription('Sonntag, 31.10.2027: geöffnet 09:00–18:00 Uhr');
    expect(within(form()).queryByRole('checkbox', { name: 'Alter Tisch' })).not.toBeInTheDocument();
    await userEvent.type(field('Titel'), 'Transferwerkstatt');
    await userEvent.selectOptions(field('Art'), 'Schnuppertag');
    await fillTime('Beginn', '10:00');
    await fillTime('Ende', '12:30');
    await userEvent.click(within(form()).getByRole('checkbox', { name: 'Konferenztisch (10 Sitzplätze)' }));
    expect(field('Plätze')).toHaveValue(10);
    await userEvent.click(within(form()).getByRole('checkbox', { name: 'Tisch 2' }));
    // a typed number is not overwritten, the change is only offered
    expect(field('Plätze')).toHaveValue(10);
    await userEvent.click(within(form()).getByRole('button', { name: '11 Plätze übernehmen' }));
    expect(field('Plätze')).toHaveValue(11);
    await userEvent.click(within(form()).getByRole('checkbox', { name: /^Öffentlich/ }));
    await userEvent.click(within(form()).getByRole('button', { name: 'Veranstaltung anlegen' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({
      title: 'Transferwerkstatt',
      description: null,
      kind: 'trial_day',
      start: '2027-10-31T09:00:00.000Z',
      end: '2027-10-31T11:30:00.000Z',
      capacity: 11,
      deskIds: ['r1', 'd2'],
      public: false,
    });
  });

  it('lists the bookings in the way (409) so staff can move them, and shows a rule broken at its field (422)', async () => {
    let answer = 409;
    mockApi({
      'POST /api/spaces/s1/events': () =>
        answer === 409
          ? {
              status: 409,
              body: {
                type: 'https://popdesk.app/problems/event-places-booked',
                title: 'Places booked',
                status: 409,
                detail: 'The places are booked then',
                conflicts: [
                  {
                    bookingId: 'b1',
                    deskId: 'd1',
                    deskName: 'Tisch 1',
                    start: '2027-10-31T08:00:00.000Z',
                    end: '2027-10-31T10:00:00.000Z',
                    userName: 'Erika Muster',
                  },
                  {
                    bookingId: 'b2',
                    deskId: 'd1',
                    deskName: 'Tisch 1',
                    start: '2027-10-31T11:00:00.000Z',
                    end: '2027-10-31T12:00:00.000Z',
                  },
                ],
              },
            }
          : {
              status: 422,
              body: {
                type: 'https://popdesk.app/problems/outside-opening-hours',
                title: 'Outside opening hours',
                status: 422,
                detail: 'x',
              },
            },
    });
    renderNew();
    await userEvent.type(field('Titel'), 'Werkstatt');
    await userEvent.type(field('Plätze'), '8');
    await userEvent.click(within(form()).getByRole('checkbox', { name: 'Tisch 1' }));
    await userEvent.click(within(form()).getByRole('button', { name: 'Veranstaltung anlegen' }));
    const list = await within(form()).findByRole('list', { name: 'Buchungen im Weg' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Tisch 1, So., 31.10.2027, 09:00–11:00 Uhr: Erika Muster',
      'Tisch 1, So., 31.10.2027, 12:00–13:00 Uhr: jemand',
    ]);
    expect(within(form()).getByText('2 Buchungen stehen im Weg')).toBeInTheDocument();
    expect(within(form()).getByRole('link', { name: 'Buchungen am Sonntag, 31.10.2027 ansehen' })).toHaveAttribute(
      'href',
      '/manage/today?space=s1&date=2027-10-31',
    );

    answer = 422;
    await fillTime('Beginn', '07:00');
    expect(within(form()).queryByRole('list', { name: 'Buchungen im Weg' })).not.toBeInTheDocument();
    await userEvent.click(within(form()).getByRole('button', { name: 'Veranstaltung anlegen' }));
    await waitFor(() =>
      expect(field('Beginn')).toHaveAccessibleDescription(
        'Die Veranstaltung muss in den Öffnungszeiten eines Tages liegen.',
      ),
    );
  });

  it('sends only what changed, and refuses fewer places than people registered', async () => {
    const event = anEvent({ start: '2027-10-31T09:00:00.000Z', end: '2027-10-31T11:00:00.000Z', registered: 5 });
    const calls = mockApi({
      'PATCH /api/events/e1': () => ({ body: { ...event, title: 'Neu' } }),
      'POST /api/events/e1/duplicate': () => ({ status: 201, body: [] }),
    });
    renderWithApp(<EventPage space={space} event={event} />);
    const edit = screen.getByRole('form', { name: 'Veranstaltung ändern' });
    expect(within(edit).getByLabelText('Beginn')).toHaveValue('10:00');
    await userEvent.clear(within(edit).getByLabelText('Plätze'));
    await userEvent.type(within(edit).getByLabelText('Plätze'), '4');
    await userEvent.click(within(edit).getByRole('button', { name: 'Änderungen speichern' }));
    expect(await within(edit).findByText('Plätze: Es sind schon mehr Personen angemeldet.')).toBeInTheDocument();
    await userEvent.clear(within(edit).getByLabelText('Plätze'));
    await userEvent.type(within(edit).getByLabelText('Plätze'), '8');
    await userEvent.clear(within(edit).getByLabelText('Titel'));
    await userEvent.type(within(edit).getByLabelText('Titel'), 'Neu');
    await userEvent.click(within(edit).getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ title: 'Neu' });
    expect(await screen.findByText('Änderungen gespeichert.', { selector: 'p' })).toBeInTheDocument();
  });
});
