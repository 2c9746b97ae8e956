import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure, CreatedClosures } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { useAddClosure } from '../api/add-closure';
import { useRemoveClosure, type ClosureTarget } from '../api/remove-closure';
import { pastMonths } from '../utils/closure-groups';
import type { PublicHoliday } from '../utils/holidays';

/**
 * Adding and removing a space's closures, what the last one added meant for bookings, and the
 * removal waiting for confirmation (with the months whose reports it changes).
 */
export function useClosuresEditor(spaceId: string, closures: Closure[], today: string, onChanged?: () => void) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const [affected, setAffected] = useState<CreatedClosures | null>(null);
  const [addingAll, setAddingAll] = useState(false);
  const [toRemove, setToRemove] = useState<ClosureTarget | null>(null);
  const closed = useMemo(() => new Set(closures.map((c) => c.date)), [closures]);

  const add = useAddClosure(spaceId, {
    onSuccess: (c) => {
      announce(
        c.dates.length > 1
          ? t('spaceAdmin.closures.addedRange', { from: f.dayLong(c.date), until: f.dayLong(c.until) })
          : t('spaceAdmin.closures.added', { date: f.dayLong(c.date) }),
      );
      setAffected(c.affectedBookings ? c : null);
      onChanged?.();
    },
  });
  const remove = useRemoveClosure(spaceId, {
    onSuccess: (target) => {
      setToRemove(null);
      announce(
        'batchId' in target
          ? t('spaceAdmin.closures.removedRange', { count: target.dates.length })
          : t('spaceAdmin.closures.removed', { date: f.dayLong(target.date) }),
      );
      onChanged?.();
    },
  });
  const removeDates = toRemove ? ('batchId' in toRemove ? toRemove.dates : [toRemove.date]) : [];

  /** One closure after the other (each is its own request); stops at the first refusal. */
  async function addAll(holidays: PublicHoliday[]) {
    setAddingAll(true);
    try {
      for (const h of holidays) await add.mutateAsync({ date: h.date, reason: h.name });
    } catch {
      // the error is shown from the mutation's state
    } finally {
      setAddingAll(false);
    }
  }

  return {
    add,
    remove,
    affected,
    dismissAffected: () => setAffected(null),
    addingAll,
    addAll,
    closed,
    toRemove,
    askRemove: setToRemove,
    cancelRemove: () => setToRemove(null),
    confirmRemove: () => toRemove && remove.mutate(toRemove),
    removeMonths: pastMonths(removeDates, today),
  };
}
