import { useMemo } from 'react';
import type { Space } from '@popdesk/shared';
import { useMe } from '../../lib/auth/get-me';
import { useSpaces } from '../../features/spaces/api/get-spaces';

/**
 * The spaces the logged-in person runs (or, for analysts, reads the reports of): every space for
 * admins and analysts, their `spaceIds` for staff. Routes hand them to the staff features, which
 * do not know about accounts or the space list. Management pages refuse analysts before this.
 */
export function useManagedSpaces() {
  const me = useMe();
  const spaces = useSpaces();
  const managed = useMemo<Space[] | undefined>(() => {
    if (!me.data || !spaces.data) return undefined;
    const { role, spaceIds } = me.data;
    const everySpace = role === 'admin' || role === 'analyst';
    const list = everySpace ? spaces.data : spaces.data.filter((s) => spaceIds.includes(s.id));
    return [...list].sort((a, b) => a.town.localeCompare(b.town) || a.name.localeCompare(b.name));
  }, [me.data, spaces.data]);
  return {
    spaces: managed,
    isAdmin: me.data?.role === 'admin',
    isPending: me.isPending || spaces.isPending,
    error: me.error ?? spaces.error,
    refetch: () => {
      void me.refetch();
      void spaces.refetch();
    },
  };
}

/** The space chosen in the URL if the person runs it, else their first one. */
export function pickSpace(spaces: Space[] | undefined, requested: string | null): Space | undefined {
  return spaces?.find((s) => s.id === requested) ?? spaces?.[0];
}
