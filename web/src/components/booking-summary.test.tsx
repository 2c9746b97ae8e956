import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { aBooking } from '../test/factories';
import { renderWithApp } from '../test/render';
import { BookingSummary } from './booking-summary';

// 09:00–12:00 in Berlin (summer time), checked in at 09:05
const booking = aBooking({ status: 'checked_in', checkedInAt: '2031-06-03T07:05:00.000Z' });
const tz = 'Europe/Berlin';

describe('one booking, the same facts on every page', () => {
  it('as my booking: the day as its heading, time, status in words, the space linked with its town and the desk', () => {
    renderWithApp(
      <BookingSummary
        layout="card"
        booking={booking}
        timezone={tz}
        town="Neuruppin"
        headingId="h"
        actions={<button type="button">Aktion</button>}
      />,
    );
    const card = screen.getByRole('article', { name: 'Dienstag, 03.06.2031' });
    expect(card).toHaveTextContent('09:00–12:00 Uhr');
    expect(within(card).getByText('Eingecheckt')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Dorfbüro' })).toHaveAttribute('href', '/spaces/s1');
    expect(card).toHaveTextContent('Dorfbüro, Neuruppin · Fenster');
    expect(within(card).getByRole('button', { name: 'Aktion' })).toBeInTheDocument();
  });

  it('as a row of the day: time and desk, who, status, actions', () => {
    renderWithApp(
      <ul>
        <BookingSummary
          layout="row"
          booking={{ ...booking, status: 'cancelled' }}
          timezone={tz}
          who={<span>Erika</span>}
          actions={<button type="button">Aktion</button>}
        />
      </ul>,
    );
    expect(screen.getByRole('listitem').textContent).toBe('09:00–12:00FensterErikaStorniertAktion');
  });

  it('as a table row: a cell per column, the day and space only when asked for', () => {
    const { rerender } = renderWithApp(
      <table>
        <tbody>
          <BookingSummary layout="table" booking={booking} timezone={tz} who="Erika" />
        </tbody>
      </table>,
    );
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Di., 03.06.2031',
      '09:00–12:00',
      'Dorfbüro',
      'Fenster',
      'Erika',
      'Eingecheckt',
      '',
    ]);
    rerender(
      <table>
        <tbody>
          <BookingSummary layout="table" booking={booking} timezone={tz} showSpace={false} who="Erika" />
        </tbody>
      </table>,
    );
    expect(screen.getAllByRole('cell')).toHaveLength(6);
  });
});
