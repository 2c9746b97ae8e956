import { describe, expect, it } from 'vitest';
import { fromDraft, nextInterval, timeOptions, toDraft, validateDraft } from './opening-hours-draft';

describe('opening-hours drafts', () => {
  it('round-trips the API list, sorted by day and time', () => {
    const list = [
      { weekday: 2, opens: '13:00', closes: '18:00' },
      { weekday: 2, opens: '08:00', closes: '12:00' },
      { weekday: 7, opens: '00:00', closes: '24:00' },
    ];
    expect(fromDraft(toDraft(list))).toEqual([list[1], list[0], list[2]]);
  });

  it('finds reversed and overlapping intervals but lets touching ones be', () => {
    const d = toDraft([
      { weekday: 1, opens: '08:00', closes: '12:00' },
      { weekday: 1, opens: '12:00', closes: '18:00' },
      { weekday: 2, opens: '08:00', closes: '12:00' },
      { weekday: 2, opens: '11:30', closes: '14:00' },
      { weekday: 3, opens: '10:00', closes: '10:00' },
    ]);
    const problems = validateDraft(d);
    expect(d[1].every((iv) => !problems.has(iv.key))).toBe(true);
    expect(problems.get(d[2][0]!.key)).toEqual({ kind: 'overlap', with: d[2][1] });
    expect(problems.get(d[2][1]!.key)).toEqual({ kind: 'overlap', with: d[2][0] });
    expect(problems.get(d[3][0]!.key)).toEqual({ kind: 'order' });
  });

  it('offers quarter hours up to 24:00 and suggests the next interval after the last one', () => {
    expect(timeOptions()).toHaveLength(97);
    expect(timeOptions().at(-1)).toBe('24:00');
    expect(nextInterval([])).toMatchObject({ opens: '09:00', closes: '17:00' });
    expect(nextInterval([{ key: 'a', opens: '08:00', closes: '12:00' }])).toMatchObject({
      opens: '13:00',
      closes: '17:00',
    });
    expect(nextInterval([{ key: 'a', opens: '08:00', closes: '23:30' }])).toMatchObject({
      opens: '23:00',
      closes: '24:00',
    });
  });
});
