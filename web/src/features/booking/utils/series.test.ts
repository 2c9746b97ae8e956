import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { zonedInstant } from '../../../lib/dates';
import { parseWeeks, refusedSeries, seriesDates, seriesLimit, seriesTimes, weeksUntil } from './series';

const tz = 'Europe/Berlin';
const ms = (date: string, time: string) => zonedInstant(date, time, tz).getTime();

describe('weekly series helpers', () => {
  it('counts the weeks that fit before the horizon, at most 52', () => {
    expect(weeksUntil('2031-03-04', '2031-03-31')).toBe(4);
    expect(weeksUntil('2031-03-04', '2031-04-01')).toBe(5);
    expect(weeksUntil('2031-03-04', '2031-03-04')).toBe(1);
    expect(weeksUntil('2031-01-01', '2033-01-01')).toBe(52);
  });

  it('lists the dates week by week, across the change to summer time', () => {
    expect(seriesDates('2031-03-25', 3)).toEqual(['2031-03-25', '2031-04-01', '2031-04-08']);
  });

  it('accepts only whole numbers from 2 to the maximum', () => {
    expect(parseWeeks('4', 8)).toBe(4);
    expect(parseWeeks(' 8 ', 8)).toBe(8);
    expect(parseWeeks('9', 8)).toBeNull();
    expect(parseWeeks('1', 8)).toBeNull();
    expect(parseWeeks('2.5', 8)).toBeNull();
    expect(parseWeeks('', 8)).toBeNull();
  });

  it('limits a series by the booking horizon, or to 52 weeks for the space’s staff', () => {
    expect(seriesLimit('2031-03-04', '2031-03-31', false)).toEqual({
      maxWeeks: 4,
      lastDate: '2031-03-31',
      beyondHorizon: false,
    });
    expect(seriesLimit('2031-03-04', '2031-03-31', true)).toEqual({
      maxWeeks: 52,
      lastDate: '2032-02-24',
      beyondHorizon: true,
    });
  });

  it('sends local wall-clock times, with 24:00 for an end at midnight', () => {
    expect(seriesTimes({ start: ms('2031-03-30', '09:00'), end: ms('2031-03-30', '13:30') }, '2031-03-30', tz)).toEqual(
      { startTime: '09:00', endTime: '13:30' },
    );
    expect(seriesTimes({ start: ms('2031-03-30', '18:00'), end: ms('2031-03-31', '00:00') }, '2031-03-30', tz)).toEqual(
      { startTime: '18:00', endTime: '24:00' },
    );
  });

  it('reads the failures out of a refused series, and nothing out of other errors', () => {
    const failed = [{ date: '2031-03-11', start: 'a', end: 'b', status: 422, reason: 'closed-day', detail: 'closed' }];
    // problem+json extension members (RFC 9457 §3.2)
    const extensions = { mode: 'atomic', failed };
    const refused = new ApiError({
      type: 'https://popdesk.app/problems/series-not-booked',
      title: 't',
      status: 409,
      detail: 'd',
      ...extensions,
    });
    expect(refusedSeries(refused)).toEqual({ mode: 'atomic', failed });
    expect(
      refusedSeries(
        new ApiError({ type: 'https://popdesk.app/problems/desk-taken', title: 't', status: 409, detail: 'd' }),
      ),
    ).toBeNull();
    expect(refusedSeries(new Error('x'))).toBeNull();
  });
});
