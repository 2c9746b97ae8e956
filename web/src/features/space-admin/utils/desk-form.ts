/**
 * A place's name, in-use dates, kind (a desk for one person, or a room or table with seats) and a
 * desk's features as the forms hold them, their check, and the body they become.
 */
import { ROOM_SEATS_MAX, type CreateDeskBody, type Desk, type DeskFeature, type PlaceKind } from '@popdesk/shared';
import { sortDeskFeatures } from '../../../lib/desk-features';

export interface DeskValues {
  name: string;
  from: string;
  until: string;
  kind: PlaceKind;
  /** a room's seats; empty = not known (desks have none) */
  seats: string;
  /** a desk's features, in the canonical order (rooms have none) */
  features: DeskFeature[];
}
/** The values a text field or select holds (features are toggled one by one). */
export type DeskTextKey = Exclude<keyof DeskValues, 'features'>;
export type DeskProblem = 'name' | 'until' | 'seats';

type DeskDates = Pick<Desk, 'activeFrom' | 'activeUntil'>;

export const deskValues = (
  desk?: Pick<Desk, 'name'> & DeskDates & Partial<Pick<Desk, 'kind' | 'seats' | 'features'>>,
): DeskValues => ({
  name: desk?.name ?? '',
  from: desk?.activeFrom ?? '',
  until: desk?.activeUntil ?? '',
  kind: desk?.kind ?? 'desk',
  seats: desk?.seats != null ? String(desk.seats) : '',
  features: sortDeskFeatures(desk?.features ?? []),
});

/** The values with one feature switched on or off. */
export const toggleFeature = (v: DeskValues, feature: DeskFeature, on: boolean): DeskValues => ({
  ...v,
  features: sortDeskFeatures(on ? [...v.features, feature] : v.features.filter((f) => f !== feature)),
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
  // features belong to desks only: a room sends none (the API refuses them)
  features: v.kind === 'desk' ? v.features : [],
});

export const deskChanged = (v: DeskValues, desk: Desk) => {
  const saved = deskValues(desk);
  return (
    v.name !== saved.name ||
    v.from !== saved.from ||
    v.until !== saved.until ||
    v.kind !== saved.kind ||
    (v.kind === 'room' && v.seats.trim() !== saved.seats) ||
    (v.kind === 'desk' && v.features.join(',') !== saved.features.join(','))
  );
};

export type DeskState = 'active' | 'upcoming' | 'retired';

/** Whether a desk is in use on `today`, not yet, or no longer. */
export const deskState = (d: DeskDates, today: string): DeskState =>
  d.activeFrom && d.activeFrom > today ? 'upcoming' : d.activeUntil && d.activeUntil < today ? 'retired' : 'active';
