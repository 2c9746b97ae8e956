import { describe, expect, it } from 'vitest';
import type { Question } from '@popdesk/shared';
import { filterQuery, parseFilter, validFilters } from './filters';

const questions: Question[] = [
  { id: 'dest', kind: 'single', text: 'Wohin?', options: ['Hamburg', 'Berlin', 'a:b'] },
  { id: 'use', kind: 'scale', text: 'Nutzen?' },
  { id: 'km', kind: 'number', text: 'Wie weit?' },
  { id: 'note', kind: 'text', text: 'Anmerkungen' },
];

describe('answer filters', () => {
  it('splits at the first colon only: an option may hold one', () => {
    expect(parseFilter('dest:a:b')).toEqual({ questionId: 'dest', option: 'a:b' });
    expect(parseFilter(':Hamburg')).toBeNull();
    expect(parseFilter('dest:')).toBeNull();
    expect(parseFilter('dest')).toBeNull();
  });

  it('keeps the filters that fit a choice or a scale, once each, at most five', () => {
    expect(
      validFilters(
        ['dest:Hamburg', 'dest:Hamburg', 'dest:Paris', 'km:3', 'note:x', 'use:6', 'use:5', 'gone:x', 'dest:a:b'],
        questions,
      ),
    ).toEqual([
      { questionId: 'dest', option: 'Hamburg' },
      { questionId: 'use', option: '5' },
      { questionId: 'dest', option: 'a:b' },
    ]);
    const many = ['dest:Hamburg', 'dest:Berlin', 'use:1', 'use:2', 'use:3', 'use:4'];
    expect(validFilters(many, questions)).toHaveLength(5);
  });

  it('writes each filter as its own parameter', () => {
    const query = filterQuery([
      { questionId: 'dest', option: 'a:b' },
      { questionId: 'use', option: '5' },
    ]);
    expect(query.toString()).toBe('filter=dest%3Aa%3Ab&filter=use%3A5');
  });
});
