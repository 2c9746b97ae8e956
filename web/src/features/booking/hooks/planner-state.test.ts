import { describe, expect, it } from 'vitest';
import type { Booking, SeriesResult } from '@popdesk/shared';
import { deskForRange, initialPlannerState, pickedSelection, plannerReducer, type PlannerState } from './planner-state';

const H = 3_600_000;
const booking = { id: 'b1', deskName: 'Fenster' } as Booking;
const result: SeriesResult = { seriesId: 's', mode: 'partial', booked: [], failed: [] };

describe('the day view state machine', () => {
  it('starts choosing with nothing selected and the default series (4 weeks, or fewer if the horizon is near)', () => {
    expect(initialPlannerState(10)).toEqual({
      kind: 'choosing',
      selection: { choice: null, deskId: null, range: null },
      series: { repeat: false, weeks: '4', mode: 'partial' },
      weeksError: null,
    });
    expect(initialPlannerState(3)).toMatchObject({ kind: 'choosing', series: { weeks: '3' } });
  });

  it('a selection merges into the one so far', () => {
    let s = plannerReducer(initialPlannerState(10), {
      type: 'select',
      selection: { range: { start: 0, end: H }, choice: 'morning' },
    });
    s = plannerReducer(s, { type: 'select', selection: { deskId: 'd1' } });
    expect(s.selection).toEqual({ choice: 'morning', deskId: 'd1', range: { start: 0, end: H } });
  });

  it('a new series choice clears the weeks error; the error is kept until then', () => {
    let s = plannerReducer(initialPlannerState(10), { type: 'weeksError', error: 'too many' });
    expect(s.kind === 'choosing' && s.weeksError).toBe('too many');
    s = plannerReducer(s, { type: 'series', series: { repeat: true, weeks: '5', mode: 'atomic' } });
    expect(s).toMatchObject({
      kind: 'choosing',
      series: { repeat: true, weeks: '5', mode: 'atomic' },
      weeksError: null,
    });
  });

  it('booked keeps the selection (the timeline still shows it), and picking goes on; reset starts afresh', () => {
    const chosen = plannerReducer(initialPlannerState(10), {
      type: 'select',
      selection: { deskId: 'd1', range: { start: 0, end: H } },
    });
    let s: PlannerState = plannerReducer(chosen, { type: 'booked', booking });
    expect(s).toEqual({ kind: 'booked', booking, selection: chosen.selection });
    // series changes mean nothing once booked
    expect(plannerReducer(s, { type: 'series', series: { repeat: true, weeks: '2', mode: 'partial' } })).toBe(s);
    s = plannerReducer(s, { type: 'select', selection: { deskId: 'd2' } });
    expect(s).toMatchObject({ kind: 'booked', selection: { deskId: 'd2' } });
    expect(plannerReducer(s, { type: 'reset', maxWeeks: 2 })).toEqual(initialPlannerState(2));
  });

  it('a booked series holds the result', () => {
    expect(plannerReducer(initialPlannerState(10), { type: 'seriesBooked', result })).toMatchObject({
      kind: 'seriesBooked',
      result,
    });
  });
});

describe('choosing a desk and a segment', () => {
  it('keeps the chosen desk when free, else takes the first free one, else none', () => {
    const free = new Set(['d2', 'd3']);
    const isFree = (id: string) => free.has(id);
    expect(deskForRange('d3', ['d1', 'd2', 'd3'], isFree)).toBe('d3');
    expect(deskForRange('d1', ['d1', 'd2', 'd3'], isFree)).toBe('d2');
    expect(deskForRange(null, ['d1'], isFree)).toBeNull();
  });

  it('a picked segment keeps a range that fits the desk and touches the segment, with its quick choice', () => {
    const selection = { choice: 'morning' as const, deskId: 'd1', range: { start: 8 * H, end: 12 * H } };
    expect(pickedSelection(selection, 'd2', { start: 8 * H, end: 18 * H }, 0, () => true)).toEqual({
      ...selection,
      deskId: 'd2',
    });
  });

  it('otherwise takes the bookable part of the segment as custom, or nothing when it is over', () => {
    const selection = { choice: 'morning' as const, deskId: 'd1', range: { start: 8 * H, end: 12 * H } };
    const now = 14 * H + 20 * 60_000;
    expect(pickedSelection(selection, 'd2', { start: 14 * H, end: 16 * H }, now, () => true)).toEqual({
      choice: 'custom',
      deskId: 'd2',
      range: { start: 14 * H + 15 * 60_000, end: 16 * H },
    });
    expect(pickedSelection(selection, 'd2', { start: 8 * H, end: 12 * H }, now, () => false)).toBeNull();
  });
});
