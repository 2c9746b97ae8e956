/**
 * No-show release: in spaces with `checkInRequired`, a confirmed booking not checked in by
 * start + releaseAfterMinutes becomes `no_show`, which frees its desk. One UPDATE, so it is
 * atomic and runs at most once per booking whichever instance or restart runs it.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';

/**
 * Releases every overdue booking, or (when booking) only those that could stand in the new
 * booking's way: on its desk, or held by its person.
 */
export async function releaseNoShows(db: Db, now: Date, scope?: { deskId: string; userId: string | null }): Promise<number> {
  const at = now.toISOString();
  const result = await db.execute<{ id: string }>(sql`
    update bookings b set status = 'no_show'
    from spaces s
    where b.space_id = s.id
      and s.check_in_required
      and b.status = 'confirmed'
      and b.start_at <= ${at}::timestamptz
      and b.start_at + make_interval(mins => s.release_after_minutes) <= ${at}::timestamptz
      ${scope ? sql`and (b.desk_id = ${scope.deskId}${scope.userId ? sql` or b.user_id = ${scope.userId}` : sql``})` : sql``}
    returning b.id`);
  return (result as unknown as { rows?: unknown[] }).rows?.length ?? (result as unknown as unknown[]).length ?? 0;
}
