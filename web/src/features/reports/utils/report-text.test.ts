import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { MonthlyReport } from '@popdesk/shared';
import { numberFormats } from './numbers';
import { figureRows } from './report-text';

const t = ((key: string) => key) as TFunction;

describe('the figures table', () => {
  it('lists every figure of the month, hours with a decimal and shares as percentages', () => {
    const report = {
      openDays: 22,
      availableDeskHours: 880,
      bookedDeskHours: 374,
      occupiedDeskHours: 120.5,
      utilisation: 0.425,
      occupancy: 0.1369,
      bookings: 17,
      guestBookings: 3,
      cancellations: 2,
      noShows: 1,
      uniqueUsers: 6,
      newUsers: 2,
      peakConcurrentDesks: 4,
      turnedAway: 5,
      turnedAwayAttempts: 3,
      waitlistEntries: 2,
      events: { held: 3, capacity: 30, registered: 24, attended: 19, waitlisted: 2, deskHours: 10.5, noShows: 5 },
    } as MonthlyReport;
    const rows = figureRows(report, t, numberFormats('en'));
    expect(rows).toHaveLength(23);
    expect(rows[0]).toEqual(['reports.kpi.openDays', '22']);
    expect(rows[3]).toEqual(['reports.kpi.occupiedDeskHours', '120.5']);
    expect(rows[4]).toEqual(['reports.kpi.utilisation', '42.5%']);
    expect(rows[15]).toEqual(['reports.kpi.waitlistEntries', '2']);
    // then the events: not desk bookings, but the desk-hours they took are named
    expect(rows[16]).toEqual(['reports.events.kpi.held', '3']);
    expect(rows[19]).toEqual(['reports.events.kpi.attended', '19']);
    expect(rows[22]).toEqual(['reports.events.kpi.deskHours', '10.5']);
  });
});
