import { describe, expect, it } from 'vitest';
import type { SpaceSummary } from '@popdesk/shared';
import { aSpaceSummary } from '../../../test/factories';
import { countPerTown, groupByTown, matchSpaces } from './space-list';

const space = (id: string, town: string, over: Partial<SpaceSummary> = {}) =>
  aSpaceSummary({ id, name: `Büro ${id}`, town, address: 'Markt 1', ...over });
const now = new Date('2026-10-14T10:00:00Z');

describe('the list of spaces', () => {
  const spaces = [
    space('a', 'Zossen'),
    space('b', 'Angermünde', { openingHours: [] }),
    space('c', 'Zossen', { address: 'Bahnhofstraße 2' }),
  ];

  it('orders the matches by town and keeps the server’s order within a town', () => {
    const matches = matchSpaces(spaces, '', false, now);
    expect(matches.map((m) => m.space.id)).toEqual(['b', 'a', 'c']);
    expect(countPerTown(matches)).toEqual(
      new Map([
        ['Angermünde', 1],
        ['Zossen', 2],
      ]),
    );
  });

  it('finds by name, town or address, and leaves closed spaces out when asked', () => {
    expect(matchSpaces(spaces, ' bahnhof', false, now).map((m) => m.space.id)).toEqual(['c']);
    expect(matchSpaces(spaces, 'zossen', false, now).map((m) => m.space.id)).toEqual(['a', 'c']);
    expect(matchSpaces(spaces, '', true, now).map((m) => m.space.id)).toEqual(['a', 'c']);
  });

  it('groups the shown matches under their towns with their place in the list', () => {
    const towns = groupByTown(matchSpaces(spaces, '', false, now));
    expect(towns.map(([town, list]) => [town, list.map((x) => x.index)])).toEqual([
      ['Angermünde', [0]],
      ['Zossen', [1, 2]],
    ]);
  });
});
