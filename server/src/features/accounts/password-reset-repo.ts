/**
 * The queries of the password reset: one-time tokens (only their SHA-256 is stored), redeemed in
 * one conditional UPDATE so that a token works once, however many requests race for it.
 */
import { and, eq, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { auditLog, passwordResetTokens, users } from '../../db/schema.js';

export interface ResetRecipient {
  userId: string;
  email: string;
  name: string;
  locale: 'de' | 'en';
}

/** The account behind an address, if it has one that is not erased. */
export async function findResetRecipient(db: Db, email: string): Promise<ResetRecipient | null> {
  const [row] = await db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`, isNull(users.erasedAt)));
  if (!row?.email) return null;
  return { userId: row.userId, email: row.email, name: row.name ?? '', locale: row.locale };
}

/**
 * Stores a new token. The account's spent tokens (used or expired) are dropped on the way, so the
 * table holds no more than the links that still work, with no scheduled job.
 */
export async function insertResetToken(
  db: Db,
  token: { userId: string; tokenHash: string; expiresAt: Date; createdAt: Date },
): Promise<void> {
  await db
    .delete(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.userId, token.userId),
        or(isNotNull(passwordResetTokens.usedAt), lte(passwordResetTokens.expiresAt, token.createdAt)),
      ),
    );
  await db.insert(passwordResetTokens).values(token);
}

/** Is there an unused, unexpired token with this hash? (a cheap look before hashing a password) */
export async function resetTokenIsValid(db: Db, tokenHash: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: passwordResetTokens.id })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return row !== undefined;
}

/**
 * Redeems a token and sets the new password, in one transaction: the token is marked used by a
 * conditional UPDATE (the row lock lets only one of concurrent requests through), every other open
 * token of the account is revoked, every JWT issued before `validAfter` stops counting, and the
 * audit log notes it (ids only). Null when the token is unknown, used, expired or its account erased.
 */
export async function redeemResetToken(
  db: Db,
  input: { tokenHash: string; passwordHash: string; validAfter: Date; now: Date },
): Promise<{ userId: string; email: string } | null> {
  return db.transaction(async (tx) => {
    const [used] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: input.now })
      .where(
        and(
          eq(passwordResetTokens.tokenHash, input.tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, input.now),
        ),
      )
      .returning({ userId: passwordResetTokens.userId });
    if (!used) return null;
    const [user] = await tx
      .update(users)
      .set({ passwordHash: input.passwordHash, tokensValidAfter: input.validAfter })
      .where(and(eq(users.id, used.userId), isNull(users.erasedAt)))
      .returning({ id: users.id, email: users.email, role: users.role });
    if (!user?.email) return null;
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: input.now })
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await tx.insert(auditLog).values({
      actorId: user.id,
      actorRole: user.role,
      action: 'user.password_reset',
      targetType: 'user',
      targetId: user.id,
      at: input.now,
    });
    return { userId: user.id, email: user.email };
  });
}
