import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { EVENT_KINDS, type Event, type EventKind } from '@popdesk/shared';
import { useNow } from '../../../lib/use-now';
import { upcoming } from '../utils/event-state';

const isKind = (v: string | null): v is EventKind => !!v && (EVENT_KINDS as readonly string[]).includes(v);

/**
 * The list's filters live in the address (`?town=…&spaceId=…&kind=…`), so a filtered list can be
 * shared. The choices come from the events themselves: only towns and spaces that have some.
 */
export function useEventFilters(events: Event[] | undefined) {
  const [params, setParams] = useSearchParams();
  const now = useNow(60_000).getTime();
  const town = params.get('town') ?? '';
  const spaceId = params.get('spaceId') ?? '';
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : '';

  const all = useMemo(() => upcoming(events ?? [], now), [events, now]);
  const towns = useMemo(() => [...new Set(all.map((e) => e.town ?? ''))].filter(Boolean).sort(), [all]);
  const spaces = useMemo(() => {
    const byId = new Map<string, string>();
    for (const e of all) if (!town || e.town === town) byId.set(e.spaceId, e.spaceName ?? '');
    return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [all, town]);
  const shown = all.filter(
    (e) => (!town || e.town === town) && (!spaceId || e.spaceId === spaceId) && (!kind || e.kind === kind),
  );

  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  return {
    all,
    shown,
    towns,
    spaces,
    town,
    spaceId,
    kind,
    // another town: the space chosen in the old one no longer applies
    setTown: (v: string) => set({ town: v, spaceId: '' }),
    setSpace: (v: string) => set({ spaceId: v }),
    setKind: (v: string) => set({ kind: v }),
  };
}

export type EventFilterState = ReturnType<typeof useEventFilters>;
