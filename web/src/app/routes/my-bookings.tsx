import { useCallback, useMemo } from 'react';
import { RequireAuth } from '../../lib/auth/require-auth';
import { useSpaces } from '../../features/spaces/api/get-spaces';
import { MyBookingsPage } from '../../features/my-bookings/components/my-bookings-page';
import type { SpaceInfo } from '../../features/my-bookings/components/booking-card';

/** My bookings need each space's time zone and check-in rules: the route joins the two features. */
export function Component() {
  const spaces = useSpaces();
  const byId = useMemo(() => new Map((spaces.data ?? []).map((s) => [s.id, s as SpaceInfo])), [spaces.data]);
  const spaceInfo = useCallback((id: string) => byId.get(id), [byId]);
  return (
    <RequireAuth>
      <MyBookingsPage spaceInfo={spaceInfo} />
    </RequireAuth>
  );
}
