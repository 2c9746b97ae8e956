/**
 * The post-visit survey a booking confirmation links to: the newest open survey built from the
 * `post-visit` template for the booking's space (open: not closed by staff, and its `closes_on`,
 * a date in the space's zone, not yet past). Mail may not import the surveys feature, so it reads
 * the table itself; the link names only the survey, nothing about the person or the booking.
 */
import { sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';

/**
 * `select s.id …`: the survey's id, or no row. `today` is the local date in the space's zone.
 * (Placeholders: for a statement prepared once, deferred-mail.ts.)
 */
export function newestOpenPostVisit(spaceId: string | Placeholder, today: string | Placeholder): SQL {
  return sql`select s.id from surveys s
    where s.space_id = ${spaceId}::uuid and s.template = 'post-visit' and s.status = 'open'
      and (s.closes_on is null or s.closes_on >= ${today}::date)
    order by s.created_at desc, s.id
    limit 1`;
}

export async function postVisitSurveyId(db: Db, spaceId: string, today: string): Promise<string | null> {
  const [found] = await rows<{ id: string }>(db, newestOpenPostVisit(spaceId, today));
  return found?.id ?? null;
}
