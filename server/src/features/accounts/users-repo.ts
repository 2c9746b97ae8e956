import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { UpdateMeBody, User, UserContact } from '@popdesk/shared';
import type { Db } from '../../db/client.js';
import { bookings, spaces, staffSpaces, users } from '../../db/schema.js';
import type { AuthUser } from '../../lib/auth-user.js';

/** Secret for the calendar feed URL. */
export const newCalendarToken = () => randomBytes(24).toString('base64url');

export type UserRow = typeof users.$inferSelect;

/** The spaces a staff member runs, in the same row (a primary-key lookup; none for other roles). */
const staffSpaceIds = sql<string[]>`case when "users"."role" = 'staff'
  then array(select s.space_id::text from ${staffSpaces} s where s.user_id = "users"."id") else '{}'::text[] end`;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findAuthUser(db: Db, id: string): Promise<AuthUser | null> {
  // A token's subject is only trusted after this lookup; a non-id there is no one, not a 400.
  if (!UUID_RE.test(id)) return null;
  // Runs on every authenticated request: a primary-key lookup, and the staff_spaces primary key
  // only for staff (no join, no grouping).
  const rows = await db
    .select({ user: users, spaceIds: staffSpaceIds })
    .from(users)
    .where(and(eq(users.id, id), sql`${users.erasedAt} is null`));
  const row = rows[0];
  if (!row) return null;
  return toAuthUser(row.user, row.spaceIds);
}

/**
 * Admin search by e-mail or name (case-insensitive substring, `%` and `_` taken literally), erased
 * accounts left out, by e-mail: one query, the staff spaces of each row in the same select.
 */
export async function searchUsers(db: Db, q: string, limit: number): Promise<AuthUser[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db
    .select({ user: users, spaceIds: staffSpaceIds })
    .from(users)
    .where(sql`${users.erasedAt} is null and (${users.email} ilike ${pattern} or ${users.name} ilike ${pattern})`)
    .orderBy(users.email)
    .limit(limit);
  return rows.map((r) => toAuthUser(r.user, r.spaceIds));
}

/**
 * Staff search, for booking on someone's behalf: accounts that have (had) a booking in one of
 * these spaces whose e-mail or name contains `q` (as searchUsers matches), and any account whose
 * e-mail is exactly `q` — so staff can book for a newcomer they are told the address of, but
 * cannot browse strangers. Only id, name and e-mail.
 */
export async function searchContacts(db: Db, q: string, spaceIds: string[], limit: number): Promise<UserContact[]> {
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const inMySpaces =
    spaceIds.length === 0
      ? sql`false`
      : sql`exists (select 1 from ${bookings} b where b.user_id = ${users.id} and b.space_id in (${sql.join(
          spaceIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}))`;
  const rows = await db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      sql`${users.erasedAt} is null and (lower(${users.email}) = ${q.trim().toLowerCase()}
        or ((${users.email} ilike ${pattern} or ${users.name} ilike ${pattern}) and ${inMySpaces}))`,
    )
    .orderBy(users.email)
    .limit(limit);
  return rows.map((r) => ({ id: r.id, name: r.name ?? '', email: r.email ?? '' }));
}

export function toAuthUser(u: UserRow, spaceIds: string[]): AuthUser {
  return {
    id: u.id,
    email: u.email ?? '',
    name: u.name ?? '',
    role: u.role,
    group: u.group,
    locale: u.locale,
    spaceIds: u.role === 'staff' ? [...spaceIds].sort() : [],
    calendarToken: u.calendarToken,
    tokensValidAfter: u.tokensValidAfter,
  };
}

export function toUserDto(u: AuthUser): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    group: u.group as User['group'],
    spaceIds: u.spaceIds,
    locale: u.locale,
  };
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, sql`${users.erasedAt} is null`));
  return row ?? null;
}

/** Admin: set a role and, for staff, the spaces they run (replacing the previous list). */
export async function setRole(db: Db, userId: string, role: AuthUser['role'], spaceIds: string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(users).set({ role }).where(eq(users.id, userId));
    await tx.delete(staffSpaces).where(eq(staffSpaces.userId, userId));
    if (role === 'staff' && spaceIds.length > 0) {
      await tx.insert(staffSpaces).values(spaceIds.map((spaceId) => ({ userId, spaceId })));
    }
  });
}

/** A new coworker account (the e-mail's unique index rejects a taken one). */
export async function createUser(
  db: Db,
  fields: { email: string; name: string; passwordHash: string; group: UserRow['group']; locale: UserRow['locale'] },
): Promise<AuthUser> {
  const [row] = await db
    .insert(users)
    .values({ ...fields, calendarToken: newCalendarToken() })
    .returning();
  return toAuthUser(row!, []);
}

export async function updateProfile(db: Db, userId: string, patch: UpdateMeBody): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, userId));
}

export async function rotateCalendarToken(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ calendarToken: newCalendarToken() }).where(eq(users.id, userId));
}

/**
 * The cut-off for revoking tokens. JWT `iat` has whole seconds and a token counts when
 * iat >= the cut-off, so the cut-off is the next whole second: every token issued until now is out.
 */
export const nextWholeSecond = () => new Date((Math.floor(Date.now() / 1000) + 1) * 1000);

/** Every token issued before `validAfter` stops counting ("log out everywhere"). */
export async function revokeTokens(db: Db, userId: string, validAfter: Date): Promise<void> {
  await db.update(users).set({ tokensValidAfter: validAfter }).where(eq(users.id, userId));
}

/** A new password; every token issued before `validAfter` stops counting. */
export async function setPassword(db: Db, userId: string, passwordHash: string, validAfter: Date): Promise<void> {
  await db.update(users).set({ passwordHash, tokensValidAfter: validAfter }).where(eq(users.id, userId));
}

/** Do all these spaces exist (the spaces a staff member is to run)? */
export async function allSpacesExist(db: Db, spaceIds: string[]): Promise<boolean> {
  const found = await db.select({ id: spaces.id }).from(spaces).where(inArray(spaces.id, spaceIds));
  return found.length === spaceIds.length;
}
