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
    } as MonthlyReport;
    const rows = figureRows(report, t, numberFormats('en'));
    expect(rows).toHaveLength(16);
    expect(rows[0]).toEqual(['reports.kpi.openDays', '22']);
    expect(rows[3]).toEqual(['reports.kpi.occupiedDeskHours', '120.5']);
    expect(rows[4]).toEqual(['reports.kpi.utilisation', '42.5%']);
    expect(rows[15]).toEqual(['reports.kpi.waitlistEntries', '2']);
  });
});
