import { describe, expect, it } from 'vitest';
import { addDays, formatters, isoWeekday, localDate, minutesOfDay, todayIn, wallTime, zonedInstant } from './dates';

describe('dates in a space time zone', () => {
  it('turns a local wall time into the right instant, DST included', () => {
    expect(zonedInstant('2027-06-21', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-06-21T07:00:00.000Z');
    expect(zonedInstant('2027-12-21', '09:00', 'Europe/Berlin').toISOString()).toBe('2027-12-21T08:00:00.000Z');
    // 24:00 is the end of the day
    expect(zonedInstant('2027-10-31', '24:00', 'Europe/Berlin').toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('shows instants as local 24-hour times and dates', () => {
    expect(wallTime('2027-06-21T15:30:00Z', 'Europe/Berlin')).toBe('17:30');
    expect(wallTime('2027-06-21T15:30:00Z', 'America/New_York')).toBe('11:30');
    expect(localDate('2027-06-21T23:30:00Z', 'Europe/Berlin')).toBe('2027-06-22');
    expect(minutesOfDay('2027-06-21T07:15:00Z', 'Europe/Berlin')).toBe(9 * 60 + 15);
    expect(todayIn('Europe/Berlin', new Date('2027-01-01T23:30:00Z'))).toBe('2027-01-02');
  });

  it('does calendar arithmetic without zone surprises', () => {
    expect(addDays('2027-10-30', 1)).toBe('2027-10-31');
    expect(addDays('2027-10-31', 1)).toBe('2027-11-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(isoWeekday('2027-06-21')).toBe(1);
    expect(isoWeekday('2027-06-27')).toBe(7);
  });

  it('formats dates as 21.06.2022 in German and 21/06/2022 in English', () => {
    const de = formatters('de');
    const en = formatters('en');
    expect(de.date('2022-06-21')).toBe('21.06.2022');
    expect(en.date('2022-06-21')).toBe('21/06/2022');
    expect(de.dayLong('2022-06-21')).toBe('Dienstag, 21.06.2022');
    expect(en.dayLong('2022-06-21')).toBe('Tuesday, 21/06/2022');
    expect(de.timeRange('2022-06-21T07:00:00Z', '2022-06-21T10:30:00Z', 'Europe/Berlin')).toBe('09:00–12:30');
    expect(de.duration(210)).toBe('3 Std. 30 Min.');
    expect(en.duration(60)).toBe('1 h');
  });
});
