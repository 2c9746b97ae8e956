/**
 * A coworker's favourite desks ("book my usual"): at most FAVOURITES_MAX per person. Adding one
 * locks the person's row first, so that two requests at once cannot both pass the limit.
 */
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { FAVOURITES_MAX, type FavouriteDesk } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { rows } from '../../db/db.js';
import { desks, favouriteDesks, spaces } from '../../db/schema.js';

const favouriteColumns = {
  deskId: favouriteDesks.deskId,
  deskName: desks.name,
  spaceId: spaces.id,
  spaceName: spaces.name,
  town: spaces.town,
  createdAt: favouriteDesks.createdAt,
};

function favourites(db: Db, where: SQL | undefined) {
  return db
    .select(favouriteColumns)
    .from(favouriteDesks)
    .innerJoin(desks, eq(desks.id, favouriteDesks.deskId))
    .innerJoin(spaces, eq(spaces.id, desks.spaceId))
    .where(where)
    .orderBy(asc(favouriteDesks.createdAt), asc(desks.name), asc(favouriteDesks.deskId));
}

const toDto = (f: Omit<FavouriteDesk, 'createdAt'> & { createdAt: Date }): FavouriteDesk => ({
  ...f,
  createdAt: f.createdAt.toISOString(),
});

/** The caller's favourites, oldest first (the order they were marked in). */
export async function listFavourites(db: Db, userId: string): Promise<FavouriteDesk[]> {
  return (await favourites(db, eq(favouriteDesks.userId, userId))).map(toDto);
}

export async function findFavourite(db: Db, userId: string, deskId: string): Promise<FavouriteDesk | null> {
  const [found] = await favourites(db, and(eq(favouriteDesks.userId, userId), eq(favouriteDesks.deskId, deskId)));
  return found ? toDto(found) : null;
}

export type AddFavouriteResult = 'added' | 'already' | 'too-many' | 'no-such-desk' | 'erased';

/**
 * Marks a desk. Under the person's row lock (no key update: a booking's
 * foreign-key check on the person does not wait for it), one statement inserts only while the
 * person holds fewer than the maximum; another request for the same person waits for the lock
 * and then counts this one.
 */
export async function addFavourite(
  db: Db,
  userId: string,
  deskId: string,
  now: Date,
  max = FAVOURITES_MAX,
): Promise<AddFavouriteResult> {
  return db.transaction(async (tx) => {
    // (after waiting, the lock reads the row as erasure left it)
    const person = await rows(
      tx,
      sql`select 1 from users where id = ${userId}::uuid and erased_at is null for no key update`,
    );
    if (person.length === 0) return 'erased';
    const inserted = await rows<{ deskId: string }>(
      tx,
      sql`insert into favourite_desks (user_id, desk_id, created_at)
        select ${userId}::uuid, d.id, ${now.toISOString()}::timestamptz from desks d
        where d.id = ${deskId}::uuid
          and (select count(*) from favourite_desks where user_id = ${userId}::uuid) < ${max}
        on conflict (user_id, desk_id) do nothing
        returning desk_id as "deskId"`,
    );
    if (inserted.length === 1) return 'added';
    const [existing] = await tx
      .select({ deskId: favouriteDesks.deskId })
      .from(favouriteDesks)
      .where(and(eq(favouriteDesks.userId, userId), eq(favouriteDesks.deskId, deskId)));
    if (existing) return 'already';
    const [desk] = await tx.select({ id: desks.id }).from(desks).where(eq(desks.id, deskId));
    return desk ? 'too-many' : 'no-such-desk';
  });
}

export async function removeFavourite(db: Db, userId: string, deskId: string): Promise<void> {
  await db.delete(favouriteDesks).where(and(eq(favouriteDesks.userId, userId), eq(favouriteDesks.deskId, deskId)));
}

/** Every favourite of a person, for the GDPR export. */
export async function favouritesForExport(db: Db, userId: string) {
  return (await listFavourites(db, userId)).map((f) => ({
    desk: f.deskName,
    space: f.spaceName,
    town: f.town,
    createdAt: f.createdAt,
  }));
}

/** Erasure: the favourites go with the account (the users row stays, so no cascade removes them). */
export async function eraseFavourites(db: Db, userId: string): Promise<void> {
  await db.delete(favouriteDesks).where(eq(favouriteDesks.userId, userId));
}
