import { describe, expect, it } from 'vitest';
import { fromDraft } from './opening-hours-draft';
import { hoursReducer, initialHoursState } from './opening-hours-editor-state';

const saved = [
  { weekday: 1, opens: '08:00', closes: '12:00' },
  { weekday: 3, opens: '09:00', closes: '17:00' },
];

describe('the opening-hours editor state', () => {
  it('changes, adds and removes one day’s intervals and leaves the other days be', () => {
    const start = initialHoursState(saved);
    const monday = start.draft[1][0]!;
    let s = hoursReducer(start, { type: 'change', day: 1, key: monday.key, field: 'closes', value: '13:00' });
    s = hoursReducer(s, { type: 'add', day: 2, interval: { key: 'new', opens: '10:00', closes: '11:00' } });
    expect(fromDraft(s.draft)).toEqual([
      { weekday: 1, opens: '08:00', closes: '13:00' },
      { weekday: 2, opens: '10:00', closes: '11:00' },
      { weekday: 3, opens: '09:00', closes: '17:00' },
    ]);
    expect(s.draft[3]).toBe(start.draft[3]);
    s = hoursReducer(s, { type: 'remove', day: 1, key: monday.key });
    expect(s.draft[1]).toEqual([]);
  });

  it('copies a day with new keys, and a reset forgets both the changes and the tried save', () => {
    const start = initialHoursState(saved);
    let s = hoursReducer(start, { type: 'copy', from: 1, to: [2, 3] });
    expect(fromDraft(s.draft).filter((h) => h.weekday <= 3)).toEqual(
      [1, 2, 3].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' })),
    );
    expect(s.draft[2][0]!.key).not.toBe(s.draft[1][0]!.key);
    s = hoursReducer(s, { type: 'tried' });
    expect(s.tried).toBe(true);
    s = hoursReducer(s, { type: 'reset', hours: saved });
    expect(s.tried).toBe(false);
    expect(fromDraft(s.draft)).toEqual(saved);
  });
});
