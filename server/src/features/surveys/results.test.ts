import { describe, expect, it } from 'vitest';
import type { Question } from '@popdesk/shared';
import { HttpProblem } from '../../lib/problems.js';
import { computeResults, median, type Answers } from './results.js';
import { coarsenPrices, foldExclusive } from './folding.js';

const QUESTIONS: Question[] = [
  { id: 'dest', kind: 'single', text: 'Where to?', options: ['Hamburg', 'Berlin', 'Schwerin', 'Elsewhere'] },
  { id: 'days', kind: 'multi', text: 'Which days?', options: ['Mon', 'Tue', 'Wed'] },
  { id: 'km', kind: 'number', text: 'How far?' },
  { id: 'happy', kind: 'scale', text: 'How happy?' },
  { id: 'say', kind: 'text', text: 'Anything else?' },
];
const opts = { withTexts: true, locale: 'de' };
const results = (answers: Answers[], filters: string[] = []) => computeResults(QUESTIONS, answers, filters, opts);
const question = (answers: Answers[], id: string, filters: string[] = []) =>
  results(answers, filters).questions.find((q) => q.id === id)!;
const times = (n: number, a: Answers): Answers[] => Array.from({ length: n }, () => a);

function problem(fn: () => unknown): HttpProblem {
  try {
    fn();
  } catch (err) {
    if (err instanceof HttpProblem) return err;
    throw err;
  }
  throw new Error('no problem raised');
}

describe('survey results', () => {
  it('folds counts of exactly 1 and 2, shows 0 and 3', () => {
    const answers = [...times(3, { dest: 'Hamburg' }), ...times(2, { dest: 'Berlin' }), { dest: 'Schwerin' }];
    expect(question(answers, 'dest')).toEqual({
      id: 'dest',
      kind: 'single',
      text: 'Where to?',
      n: 6,
      counts: [
        { option: 'Hamburg', n: 3 },
        { option: 'Berlin', n: null, folded: true },
        { option: 'Schwerin', n: null, folded: true },
        { option: 'Elsewhere', n: 0 },
      ],
    });
  });

  it('counts a multi question per option, n per respondent', () => {
    const answers = [...times(3, { days: ['Mon', 'Tue'] }), { days: ['Tue'] }, { days: [] }, {}];
    const q = question(answers, 'days');
    expect(q.n).toBe(4);
    expect(q.counts).toEqual([
      { option: 'Mon', n: 3 },
      { option: 'Tue', n: 4 },
      { option: 'Wed', n: 0 },
    ]);
  });

  it('counts a scale by "1".."5" with mean and median', () => {
    const answers = [{ happy: 5 }, { happy: 5 }, { happy: 5 }, { happy: 4 }, { happy: 1 }, { happy: 1 }, { happy: 1 }];
    const q = question(answers, 'happy');
    expect(q.counts).toEqual([
      { option: '1', n: 3 },
      { option: '2', n: 0 },
      { option: '3', n: 0 },
      { option: '4', n: null, folded: true },
      { option: '5', n: 3 },
    ]);
    expect(q).toMatchObject({ n: 7, mean: 3.14, median: 4 });
    expect(q.folded).toBeUndefined();
  });

  it('hides mean and median below 3 answers, shows them from 3', () => {
    expect(question([], 'km')).toEqual({
      id: 'km',
      kind: 'number',
      text: 'How far?',
      n: 0,
      mean: null,
      median: null,
      folded: true,
    });
    expect(question([{ km: 10 }], 'km')).toMatchObject({ n: 1, mean: null, median: null, folded: true });
    expect(question([{ km: 10 }, { km: 20 }], 'km')).toMatchObject({ n: 2, mean: null, median: null, folded: true });
    const three = question([{ km: 10 }, { km: 20 }, { km: 61 }], 'km');
    expect(three).toMatchObject({ n: 3, mean: 30.33, median: 20 });
    expect(three.folded).toBeUndefined();
    expect(question([{ happy: 2 }, { happy: 3 }], 'happy')).toMatchObject({ mean: null, median: null, folded: true });
  });

  it('takes the middle value of an odd count and the mean of the two middle ones of an even count', () => {
    expect(median([1, 2, 9])).toBe(2);
    expect(median([1, 2, 3, 100])).toBe(2.5);
    expect(question([{ km: 7 }, { km: 1 }, { km: 4 }, { km: 2 }], 'km')).toMatchObject({ mean: 3.5, median: 3 });
    expect(question([{ km: 0.5 }, { km: 0.125 }, { km: 0.3 }, { km: 9 }], 'km')).toMatchObject({ median: 0.4 });
    expect(question([{ km: 1 }, { km: 1 }, { km: 1.005 }], 'km').mean).toBe(1);
  });

  it('sorts free texts alphabetically as German does, and leaves them out when asked', () => {
    const answers = [{ say: 'Zug' }, { say: 'Ärger' }, { say: 'apfel' }, { say: 'Bahn' }, {}];
    expect(question(answers, 'say')).toEqual({
      id: 'say',
      kind: 'text',
      text: 'Anything else?',
      n: 4,
      texts: ['apfel', 'Ärger', 'Bahn', 'Zug'],
    });
    const without = computeResults(QUESTIONS, answers, [], { withTexts: false, locale: 'de' }).questions[4]!;
    expect(without).toEqual({ id: 'say', kind: 'text', text: 'Anything else?', n: 4 });
  });

  it('filters by every filter, a multi question by containing the option', () => {
    const answers: Answers[] = [
      ...times(3, { dest: 'Hamburg', days: ['Mon', 'Tue'], km: 120 }),
      ...times(4, { dest: 'Hamburg', days: ['Wed'], km: 100 }),
      ...times(5, { dest: 'Berlin', days: ['Mon'], km: 200 }),
    ];
    const hamburg = results(answers, ['dest:Hamburg']);
    expect(hamburg.responses).toBe(7);
    expect(hamburg.filters).toEqual([{ questionId: 'dest', option: 'Hamburg' }]);
    expect(hamburg.questions[2]).toMatchObject({ n: 7, mean: 108.57, median: 100 });
    const both = results(answers, ['dest:Hamburg', 'days:Mon']);
    expect(both.responses).toBe(3);
    expect(both.questions[0]!.counts).toEqual([
      { option: 'Hamburg', n: 3 },
      { option: 'Berlin', n: 0 },
      { option: 'Schwerin', n: 0 },
      { option: 'Elsewhere', n: 0 },
    ]);
    expect(results(answers, ['dest:Schwerin']).responses).toBe(0);
    expect(results(answers, ['dest:Berlin', 'dest:Hamburg']).responses).toBe(0);
  });

  it('refuses a filter that leaves 1 or 2 responses', () => {
    const answers = [...times(3, { dest: 'Hamburg' }), ...times(2, { dest: 'Berlin' }), { dest: 'Schwerin' }];
    for (const f of ['dest:Berlin', 'dest:Schwerin']) {
      const p = problem(() => results(answers, [f]));
      expect([p.status, p.slug]).toEqual([422, 'too-few-responses']);
    }
    expect(results(answers, ['dest:Hamburg']).responses).toBe(3);
  });

  it('answers 400 with a clear detail for a filter that does not fit', () => {
    const cases: [string, RegExp][] = [
      ['nocolon', /<questionId>:<option>/],
      [':Hamburg', /<questionId>:<option>/],
      ['where:Hamburg', /no question "where"/],
      ['dest:Munich', /"Munich" is not an option of question "dest"/],
      ['dest:hamburg', /not an option/],
      ['km:10', /km" is a number question/],
      ['say:x', /say" is a text question/],
      ['happy:6', /not an option/],
    ];
    for (const [f, detail] of cases) {
      const p = problem(() => results([], [f]));
      expect(p.status, f).toBe(400);
      expect(p.detail, f).toMatch(detail);
      expect(p.extra.errors).toEqual([{ path: 'querystring.filter', message: p.detail }]);
    }
  });

  it('lets an option hold a colon', () => {
    const q: Question[] = [{ id: 't', kind: 'single', text: 'Time?', options: ['8:00', '9:00'] }];
    const r = computeResults(q, times(3, { t: '8:00' }), ['t:8:00'], opts);
    expect(r.responses).toBe(3);
    expect(r.filters).toEqual([{ questionId: 't', option: '8:00' }]);
  });

  it('ignores stored answers that no longer fit a question', () => {
    const answers = times(3, { dest: 'Gone', days: 'Mon', km: 'far', happy: 7, say: ['x'] });
    const r = results(answers);
    expect(r.responses).toBe(3);
    expect(r.questions.map((q) => q.n)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('folding beyond single counts', () => {
  it('folds a second count where the counts add up to n, so the first cannot be worked out', () => {
    expect(
      foldExclusive([
        { option: 'a', n: 10 },
        { option: 'b', n: 2 },
        { option: 'c', n: 4 },
        { option: 'd', n: 0 },
      ]),
    ).toEqual([
      { option: 'a', n: 10 },
      { option: 'b', n: null, folded: true },
      { option: 'c', n: null, folded: true },
      { option: 'd', n: 0 },
    ]);
    // two folded already: nothing more to hide
    expect(
      foldExclusive([
        { option: 'a', n: 1 },
        { option: 'b', n: 2 },
        { option: 'c', n: 4 },
      ]),
    ).toEqual([
      { option: 'a', n: null, folded: true },
      { option: 'b', n: null, folded: true },
      { option: 'c', n: 4 },
    ]);
  });

  it('groups stated prices in threes from the top, each at its lowest, the rest with the last group', () => {
    expect(coarsenPrices([0, 5, 6, 8, 10, 25])).toEqual([8, 8, 8, 0, 0, 0]);
    // 7 prices: 30, 20, 12 | 9, 7, 3, 1 (the single one left over joins the last group)
    expect(coarsenPrices([1, 3, 7, 9, 12, 20, 30])).toEqual([12, 12, 12, 1, 1, 1, 1]);
    // every step of the curve is at least 3 people
    const coarse = coarsenPrices([2, 4, 4, 6, 8, 11, 15, 15, 19, 40, 41]);
    const counts = [...new Set(coarse)].map((p) => coarse.filter((x) => x === p).length);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(3);
  });
});
