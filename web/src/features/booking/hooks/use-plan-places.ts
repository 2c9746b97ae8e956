import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../../../components/ui/live-region';
import { bookable, toIv } from '../utils/timeline';
import type { DayPlanner } from './use-day-planner';

/** A place of the day as another view (the floor plan) shows it: free for the chosen time (or at all), or not. */
export interface PlanPlace {
  deskId: string;
  name: string;
  status: 'free' | 'taken' | 'unavailable';
}
export interface PlanViewProps {
  places: PlanPlace[];
  selectedDeskId: string | null;
  /** a free place picked there: chosen for the booking form as if picked in the list */
  onPick: (deskId: string) => void;
}

/** The day's places for the plan view, and what picking one there does to the booking form. */
export function usePlanPlaces(planner: DayPlanner, formRef: RefObject<HTMLDivElement | null>): PlanViewProps {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const desks = planner.data?.desks ?? [];
  const { range, deskId: selectedDeskId } = planner.selection;
  const freeTime = (deskId: string) =>
    bookable(desks.find((d) => d.deskId === deskId)?.free.map(toIv) ?? [], planner.now);
  // free: free for the chosen time, or (no time chosen yet) free at some time still ahead
  const places: PlanPlace[] = desks.map((d) => ({
    deskId: d.deskId,
    name: d.name,
    status: planner.teamOnly(d.deskId)
      ? 'unavailable'
      : (range ? planner.deskFreeFor(d.deskId, range) : freeTime(d.deskId).length > 0)
        ? 'free'
        : 'taken',
  }));
  function onPick(deskId: string) {
    if (range && planner.deskFreeFor(deskId, range)) {
      planner.chooseDesk(deskId);
      announce(t('floorPlan.picker.picked', { desk: places.find((p) => p.deskId === deskId)?.name ?? '' }));
      formRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
      return;
    }
    // no time chosen (or the desk is not free then): its next free time, as a pick on the timeline would
    const next = freeTime(deskId)[0];
    if (next) planner.pickSegment(deskId, next);
  }
  return { places, selectedDeskId, onPick };
}
