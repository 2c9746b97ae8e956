/** A desk's name and in-use dates as the forms hold them, their check, and the body they become. */
import type { CreateDeskBody, Desk } from '@popdesk/shared';

export interface DeskValues {
  name: string;
  from: string;
  until: string;
}
export type DeskProblem = 'name' | 'until';

type DeskDates = Pick<Desk, 'activeFrom' | 'activeUntil'>;

export const deskValues = (desk?: Pick<Desk, 'name'> & DeskDates): DeskValues => ({
  name: desk?.name ?? '',
  from: desk?.activeFrom ?? '',
  until: desk?.activeUntil ?? '',
});

/** The first thing wrong: no name, or a last day before the first. */
export function checkDesk(v: DeskValues): DeskProblem | null {
  if (!v.name.trim()) return 'name';
  if (v.from && v.until && v.until < v.from) return 'until';
  return null;
}

export const deskBody = (v: DeskValues): CreateDeskBody => ({
  name: v.name.trim(),
  activeFrom: v.from || null,
  activeUntil: v.until || null,
});

export const deskChanged = (v: DeskValues, desk: Desk) =>
  v.name !== desk.name || v.from !== (desk.activeFrom ?? '') || v.until !== (desk.activeUntil ?? '');

export type DeskState = 'active' | 'upcoming' | 'retired';

/** Whether a desk is in use on `today`, not yet, or no longer. */
export const deskState = (d: DeskDates, today: string): DeskState =>
  d.activeFrom && d.activeFrom > today ? 'upcoming' : d.activeUntil && d.activeUntil < today ? 'retired' : 'active';
