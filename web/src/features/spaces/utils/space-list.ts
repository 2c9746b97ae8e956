/** The "find a space" list: which spaces match the search, in town order, and grouped under their town. */
import type { SpaceSummary } from '@popdesk/shared';
import { openState, type OpenState } from './opening-hours';

export interface Match {
  space: SpaceSummary;
  state: OpenState;
}

/** The spaces whose name, town or address hold `query` (and that are open at `now`, if asked), in town order. */
export function matchSpaces(spaces: SpaceSummary[], query: string, openOnly: boolean, now: Date): Match[] {
  const q = query.trim().toLocaleLowerCase();
  const list: Match[] = [];
  for (const space of spaces) {
    if (q && !`${space.name} ${space.town} ${space.address ?? ''}`.toLocaleLowerCase().includes(q)) continue;
    const state = openState({ ...space, closures: space.upcomingClosures }, now);
    if (openOnly && state.kind !== 'open') continue;
    list.push({ space, state });
  }
  // in town order (as the headings read), each town's spaces in the server's order
  const order = [...new Set(list.map((m) => m.space.town))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(order.map((town, i) => [town, i]));
  return list.sort((a, b) => rank.get(a.space.town)! - rank.get(b.space.town)!);
}

/** How many matches each town has (also those not shown yet). */
export function countPerTown(matches: Match[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.space.town, (counts.get(m.space.town) ?? 0) + 1);
  return counts;
}

/** The shown matches under their towns, each with its place in the whole list. */
export function groupByTown(visible: Match[]): [string, { match: Match; index: number }[]][] {
  const towns: [string, { match: Match; index: number }[]][] = [];
  visible.forEach((match, index) => {
    const last = towns[towns.length - 1];
    if (last && last[0] === match.space.town) last[1].push({ match, index });
    else towns.push([match.space.town, [{ match, index }]]);
  });
  return towns;
}
