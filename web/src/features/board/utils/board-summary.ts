import type { Board } from '@popdesk/shared';

export type BoardPlace = Board['desks'][number];
export type BoardEvent = NonNullable<Board['events']>[number];

/** Desks and rooms apart (the count on the board is of desks), and what the headline says. */
export function summarise(board: Board) {
  const desks = board.desks.filter((d) => (d.kind ?? 'desk') === 'desk');
  const rooms = board.desks.filter((d) => d.kind === 'room');
  const free = desks.filter((d) => d.state === 'free').length;
  const allClosed = board.desks.length > 0 && board.desks.every((d) => d.state === 'closed');
  // closed now: the earliest moment today a place is free again (the space opens), if any
  const opensAt = allClosed ? earliest(board.desks.map((d) => d.nextFreeAt)) : null;
  return { desks, rooms, free, total: desks.length, allClosed, opensAt };
}

function earliest(instants: (string | null)[]): string | null {
  const known = instants.filter((i): i is string => i !== null).sort();
  return known[0] ?? null;
}

/** Today's events that have not ended yet, by start; whether each is running now. */
export function comingEvents(events: readonly BoardEvent[] | undefined, now: Date) {
  const at = now.getTime();
  return (events ?? [])
    .filter((e) => new Date(e.end).getTime() > at)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((e) => ({ ...e, running: new Date(e.start).getTime() <= at }));
}

/** The address as people type it: no scheme, no trailing slash. */
export const shortUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');
