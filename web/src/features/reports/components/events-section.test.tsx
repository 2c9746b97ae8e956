import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MonthlyReport } from '@popdesk/shared';
import { renderWithApp } from '../../../test/render';
import i18n from '../../../lib/i18n';
import { stubChartSize } from '../../../test/chart-size';
import { EventsSection } from './events-section';
import { KpiGrid } from './kpi-grid';
import { RoomsSection } from './rooms-section';

const noEvents = { held: 0, capacity: 0, registered: 0, attended: 0, waitlisted: 0, deskHours: 0, noShows: 0 };

/** October 2022 at a pop-up: eight workshops and two meetings at its conference table. */
const report = (over: Partial<MonthlyReport> = {}): MonthlyReport =>
  ({
    spaceId: 's1',
    month: '2022-10',
    events: { held: 10, capacity: 92, registered: 64, attended: 52, waitlisted: 3, deskHours: 21, noShows: 12 },
    eventsByKind: [
      {
        kind: 'workshop',
        held: 8,
        capacity: 80,
        registered: 58,
        attended: 47,
        waitlisted: 3,
        deskHours: 21,
        noShows: 11,
      },
      { kind: 'meeting', held: 2, capacity: 12, registered: 6, attended: 5, waitlisted: 0, deskHours: 0, noShows: 1 },
    ],
    eventsByGroup: [
      { group: 'municipal_staff', people: 9, registrations: 14, attended: 12 },
      { group: 'other', people: 4, registrations: 5, attended: 3 },
    ],
    rooms: [
      {
        deskId: 'r1',
        name: 'Konferenztisch',
        seats: 10,
        availableHours: 128,
        bookedHours: 6,
        eventHours: 38,
      },
    ],
    ...over,
  }) as MonthlyReport;

const caption = (name: string) => screen.getByText(name, { selector: 'caption' }).closest('table')!;
const cells = (table: HTMLElement, header: string) =>
  within(within(table).getByRole('rowheader', { name: header }).closest('tr')!)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the events and rooms of a monthly report', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('de');
  });

  it('shows what the events held, the attendance rate, by kind as a chart and a table, and by group', async () => {
    stubChartSize();
    renderWithApp(<EventsSection report={report()} />);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Veranstaltungen Oktober 2022' });
    const tiles = heading.parentElement!.querySelector('dl')!;
    expect(within(tiles).getByText('Veranstaltungen').parentElement).toHaveTextContent('1092 Plätze angeboten');
    expect(within(tiles).getByText('Angemeldet').parentElement).toHaveTextContent('643 auf der Warteliste');
    expect(within(tiles).getByText('Teilgenommen').parentElement).toHaveTextContent('5212 nicht erschienen');
    // attended / registered = 52 / 64
    expect(within(tiles).getByText('Teilnahmequote').parentElement).toHaveTextContent(/81,3\s%/);
    expect(within(tiles).getByText('Tischstunden für Veranstaltungen').parentElement).toHaveTextContent(
      '21,0nicht in der Auslastung enthalten',
    );

    const chart = screen.getByRole('img', { name: 'Anmeldungen und Teilnahme nach Art' });
    expect(chart).toHaveAccessibleDescription(
      '2 Arten von Veranstaltungen; die meisten Anmeldungen hatte Workshop (58, 47 nahmen teil).',
    );
    const kinds = caption('Veranstaltungen Oktober 2022 nach Art');
    expect(cells(kinds, 'Workshop')).toEqual(['8', '80', '58', '47', '3', expect.stringMatching(/81,0\s%/), '21,0']);
    expect(cells(kinds, 'Treffen')).toEqual(['2', '12', '6', '5', '0', expect.stringMatching(/83,3\s%/), '0,0']);
    const groups = caption('Teilnehmende Oktober 2022 nach Gruppe');
    expect(cells(groups, 'Sonstiges / keine Angabe')).toEqual(['4', '5', '3']);
    expect(screen.getByText(/weniger als 3 Personen/)).toBeInTheDocument();
  });

  it('says so when the month had no events, in English too', async () => {
    await i18n.changeLanguage('en');
    renderWithApp(<EventsSection report={report({ events: noEvents, eventsByKind: [], eventsByGroup: [] })} />);
    await screen.findByRole('heading', { level: 2, name: 'Events October 2022' });
    expect(screen.getByText('No events took place this month.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('lists the rooms with their own hours, and nothing for a space without rooms', async () => {
    const { unmount } = renderWithApp(<RoomsSection report={report()} />);
    await screen.findByRole('heading', { level: 2, name: 'Räume und Tische' });
    // (6 booked + 38 for events) of 128 available
    expect(cells(caption('Räume und Tische Oktober 2022'), 'Konferenztisch')).toEqual([
      '10',
      '128,0',
      '6,0',
      '38,0',
      expect.stringMatching(/34,4\s%/),
    ]);
    unmount();
    const { container } = renderWithApp(<RoomsSection report={report({ rooms: [] })} />);
    expect(container.querySelector('section')).toBeNull();
  });

  it('names the desk-hours events took next to the utilisation', async () => {
    const month = {
      ...report(),
      utilisation: 0.25,
      bookedDeskHours: 200,
      availableDeskHours: 800,
      occupancy: 0.2,
      occupiedDeskHours: 160,
      bookings: 40,
      guestBookings: 0,
      cancellations: 0,
      uniqueUsers: 12,
      newUsers: 3,
      noShows: 1,
      turnedAway: 0,
      turnedAwayAttempts: 0,
      waitlistEntries: 0,
      openDays: 16,
      peakConcurrentDesks: 5,
    };
    const { unmount } = renderWithApp(<KpiGrid report={month} />);
    expect((await screen.findByText('Auslastung')).parentElement).toHaveTextContent(
      '200,0 von 800,0 Tischstunden gebucht; Veranstaltungen belegten 21,0 Tischstunden',
    );
    unmount();
    renderWithApp(<KpiGrid report={{ ...month, events: noEvents }} />);
    expect((await screen.findByText('Auslastung')).parentElement).not.toHaveTextContent('Veranstaltungen');
  });
});
