import { useEffect, useMemo, useRef, useState } from 'react';
import type { SpaceSummary } from '@popdesk/shared';
import { countPerTown, groupByTown, matchSpaces } from '../utils/space-list';

/**
 * The search, the open-now filter and the cards shown (`page` at a time). Narrowing starts from the
 * first page again; "show more" moves the focus to the first new card (`firstNew`, at `focusAt`).
 */
export function useSpaceList(spaces: SpaceSummary[] | undefined, now: Date, page: number) {
  const [query, setQuery] = useState('');
  const [openOnly, setOpenOnly] = useState(false);
  const [shown, setShown] = useState(page);
  // a new object per "show more", so that the focus moves even when the index is the same as before
  const [focus, setFocus] = useState<{ index: number } | null>(null);
  const firstNew = useRef<HTMLAnchorElement>(null);

  const matches = useMemo(() => matchSpaces(spaces ?? [], query, openOnly, now), [spaces, query, openOnly, now]);
  const perTown = useMemo(() => countPerTown(matches), [matches]);
  const visible = matches.slice(0, shown);

  useEffect(() => {
    if (focus) firstNew.current?.focus();
  }, [focus]);

  return {
    query,
    search: (q: string) => {
      setQuery(q);
      setShown(page);
    },
    openOnly,
    filterOpen: (on: boolean) => {
      setOpenOnly(on);
      setShown(page);
    },
    matches,
    perTown,
    towns: groupByTown(visible),
    shownCount: visible.length,
    remaining: matches.length - visible.length,
    showMore: () => {
      setFocus({ index: visible.length });
      setShown((n) => n + page);
    },
    focusAt: focus?.index ?? null,
    firstNew,
  };
}
