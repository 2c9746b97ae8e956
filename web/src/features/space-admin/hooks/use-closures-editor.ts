import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Closure } from '@popdesk/shared';
import { useAnnounce } from '../../../components/ui/live-region';
import { useFormat } from '../../../lib/use-format';
import { useAddClosure } from '../api/add-closure';
import { useRemoveClosure } from '../api/remove-closure';
import type { PublicHoliday } from '../utils/holidays';

/** Adding and removing a space's closures, and what the last one added meant for bookings. */
export function useClosuresEditor(spaceId: string, closures: Closure[], onChanged?: () => void) {
  const { t } = useTranslation();
  const f = useFormat();
  const announce = useAnnounce();
  const [affected, setAffected] = useState<Closure | null>(null);
  const [addingAll, setAddingAll] = useState(false);
  const closed = useMemo(() => new Set(closures.map((c) => c.date)), [closures]);

  const add = useAddClosure(spaceId, {
    onSuccess: (c) => {
      announce(t('spaceAdmin.closures.added', { date: f.dayLong(c.date) }));
      setAffected(c.affectedBookings ? c : null);
      onChanged?.();
    },
  });
  const remove = useRemoveClosure(spaceId, {
    onSuccess: (d) => {
      announce(t('spaceAdmin.closures.removed', { date: f.dayLong(d) }));
      onChanged?.();
    },
  });

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

  return { add, remove, affected, addingAll, addAll, closed };
}
