/**
 * A place's name, in-use dates and kind (a desk for one person, or a room or table with seats) as the
 * forms hold them, their check, and the body they become.
 */
import { ROOM_SEATS_MAX, type CreateDeskBody, type Desk, type PlaceKind } from '@popdesk/shared';

export interface DeskValues {
  name: string;
  from: string;
  until: string;
  kind: PlaceKind;
  /** a room's seats; empty = not known (desks have none) */
  seats: string;
}
export type DeskProblem = 'name' | 'until' | 'seats';

type DeskDates = Pick<Desk, 'activeFrom' | 'activeUntil'>;

export const deskValues = (
  desk?: Pick<Desk, 'name'> & DeskDates & Partial<Pick<Desk, 'kind' | 'seats'>>,
): DeskValues => ({
  name: desk?.name ?? '',
  from: desk?.activeFrom ?? '',
  until: desk?.activeUntil ?? '',
  kind: desk?.kind ?? 'desk',
  seats: desk?.seats != null ? String(desk.seats) : '',
});

const seatsValid = (s: string) => /^\d+$/.test(s.trim()) && Number(s) >= 1 && Number(s) <= ROOM_SEATS_MAX;

/** The first thing wrong: no name, a last day before the first, or a room's seats out of range. */
export function checkDesk(v: DeskValues): DeskProblem | null {
  if (!v.name.trim()) return 'name';
  if (v.from && v.until && v.until < v.from) return 'until';
  if (v.kind === 'room' && v.seats.trim() && !seatsValid(v.seats)) return 'seats';
  return null;
}

export const deskBody = (v: DeskValues): CreateDeskBody => ({
  name: v.name.trim(),
  activeFrom: v.from || null,
  activeUntil: v.until || null,
  kind: v.kind,
  // seats belong to rooms only: a desk sends none
  seats: v.kind === 'room' && v.seats.trim() ? Number(v.seats) : null,
});

export const deskChanged = (v: DeskValues, desk: Desk) => {
  const saved = deskValues(desk);
  return (
    v.name !== saved.name ||
    v.from !== saved.from ||
    v.until !== saved.until ||
    v.kind !== saved.kind ||
    (v.kind === 'room' && v.seats.trim() !== saved.seats)
  );
};

export type DeskState = 'active' | 'upcoming' | 'retired';

/** Whether a desk is in use on `today`, not yet, or no longer. */
export const deskState = (d: DeskDates, today: string): DeskState =>
  d.activeFrom && d.activeFrom > today ? 'upcoming' : d.activeUntil && d.activeUntil < today ? 'retired' : 'active';
