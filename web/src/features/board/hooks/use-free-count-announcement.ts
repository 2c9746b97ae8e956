import { useEffect, useRef } from 'react';
import { useAnnounce } from '../../../components/ui/live-region';

/**
 * Says the new headline through the app's polite live region when the number of free desks
 * changes — and only then: a refresh that changes nothing, the clock or a time stays silent, and
 * the first load is not announced (the page itself says it).
 */
export function useFreeCountAnnouncement(free: number | undefined, message: string) {
  const announce = useAnnounce();
  const last = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (free === undefined) return;
    if (last.current !== undefined && last.current !== free) announce(message);
    last.current = free;
  }, [free, message, announce]);
}
