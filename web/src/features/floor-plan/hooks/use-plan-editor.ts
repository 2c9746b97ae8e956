/**
 * The desks' places while staff arrange them: what is saved, what was moved since, and the desk
 * "in hand" (grabbed by keyboard: arrow keys move it, Enter drops it, Escape puts it back).
 * Every move is said in the live region, so a screen-reader user knows where the desk is.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useSaveDeskPositions } from '../api/save-desk-positions';
import { moveByKey, newPlace, percent, point, type PlanPoint } from '../utils/positions';

export type PlanDesk = Pick<Desk, 'id' | 'name' | 'planX' | 'planY'>;

const savedPoint = (d: PlanDesk): PlanPoint | null =>
  d.planX != null && d.planY != null ? point(d.planX, d.planY) : null;
const same = (a: PlanPoint | null, b: PlanPoint | null) => a?.x === b?.x && a?.y === b?.y;

export function usePlanEditor(desks: PlanDesk[], onSaved?: () => void) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  /** places the server confirmed since the desks were loaded (until the refreshed desks arrive) */
  const [confirmed, setConfirmed] = useState<Record<string, PlanPoint | null>>({});
  const [moved, setMoved] = useState<Record<string, PlanPoint | null>>({});
  const [grabbed, setGrabbed] = useState<{ deskId: string; origin: PlanPoint | null } | null>(null);

  const saved = useMemo(
    () => new Map(desks.map((d) => [d.id, d.id in confirmed ? confirmed[d.id]! : savedPoint(d)])),
    [desks, confirmed],
  );
  const at = (deskId: string) => (deskId in moved ? moved[deskId]! : (saved.get(deskId) ?? null));
  const changed = desks.filter((d) => d.id in moved && !same(moved[d.id]!, saved.get(d.id) ?? null));
  const nameOf = (deskId: string) => desks.find((d) => d.id === deskId)?.name ?? '';
  const where = (deskId: string, p: PlanPoint) => ({ desk: nameOf(deskId), x: percent(p.x), y: percent(p.y) });

  const save = useSaveDeskPositions({
    onSuccess: (result) => {
      setConfirmed((c) => ({ ...c, ...Object.fromEntries(result.map((d) => [d.id, savedPoint(d)])) }));
      setMoved((m) => Object.fromEntries(Object.entries(m).filter(([id]) => !result.some((d) => d.id === id))));
      announce(t('floorPlan.editor.saved', { count: result.length }));
      onSaved?.();
    },
  });

  const place = (deskId: string, p: PlanPoint | null) => setMoved((m) => ({ ...m, [deskId]: p }));

  return {
    at,
    grabbed: grabbed?.deskId ?? null,
    changed,
    save,
    /** A pointer put the desk here (while dragging). */
    place,
    /** The drag ended: say where the desk is now. */
    dropped(deskId: string) {
      const p = at(deskId);
      if (p) announce(t('floorPlan.editor.dropped', where(deskId, p)));
    },
    /** Enter, Space or a click: take the desk in hand, or put it down. */
    toggle(deskId: string) {
      const p = at(deskId);
      if (!p) return;
      if (grabbed?.deskId === deskId) {
        setGrabbed(null);
        announce(t('floorPlan.editor.dropped', where(deskId, p)));
      } else {
        setGrabbed({ deskId, origin: p });
        announce(t('floorPlan.editor.grabbed', where(deskId, p)));
      }
    },
    /** An arrow key on the desk in hand; true when the key was used. */
    key(deskId: string, key: string, shift: boolean): boolean {
      if (grabbed?.deskId !== deskId) return false;
      if (key === 'Escape') {
        place(deskId, grabbed.origin);
        setGrabbed(null);
        announce(t('floorPlan.editor.cancelled', { desk: nameOf(deskId) }));
        return true;
      }
      const from = at(deskId);
      const to = from && moveByKey(from, key, shift);
      if (!to) return false;
      place(deskId, to);
      announce(t('floorPlan.editor.moved', where(deskId, to)));
      return true;
    },
    /** A desk not yet on the plan: put it near the middle and take it in hand. */
    putOn(deskId: string, index: number) {
      const p = newPlace(index);
      place(deskId, p);
      setGrabbed({ deskId, origin: null });
      announce(t('floorPlan.editor.grabbed', where(deskId, p)));
    },
    takeOff(deskId: string) {
      place(deskId, null);
      if (grabbed?.deskId === deskId) setGrabbed(null);
    },
    discard() {
      setMoved({});
      setGrabbed(null);
    },
    submit() {
      setGrabbed(null);
      save.mutate(changed.map((d) => ({ deskId: d.id, at: moved[d.id]! })));
    },
  };
}

export type PlanEditorState = ReturnType<typeof usePlanEditor>;
