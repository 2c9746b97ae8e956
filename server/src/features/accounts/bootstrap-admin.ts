/** ADMIN_EMAIL / ADMIN_PASSWORD: make sure this admin account exists with that password. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { staffSpaces, users } from '../../db/schema.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { findUserByEmail, newCalendarToken } from './users-repo.js';

export async function ensureAdmin(db: Db, admin: { email: string; password: string }) {
  let existing = await findUserByEmail(db, admin.email);
  if (!existing) {
    // Several instances starting together on an empty database all get here: one inserts, the
    // others find its row (the unique e-mail index decides) and go on as if it had been there.
    const inserted = await db
      .insert(users)
      .values({
        email: admin.email.trim(),
        name: 'Administrator',
        passwordHash: await hashPassword(admin.password),
        role: 'admin',
        calendarToken: newCalendarToken(),
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (inserted.length > 0) return;
    existing = await findUserByEmail(db, admin.email);
    if (!existing) throw new Error('The admin account could neither be created nor found.');
  }
  const samePassword = await verifyPassword(existing.passwordHash, admin.password);
  await db
    .update(users)
    .set({ role: 'admin', ...(samePassword ? {} : { passwordHash: await hashPassword(admin.password) }) })
    .where(eq(users.id, existing.id));
  await db.delete(staffSpaces).where(eq(staffSpaces.userId, existing.id));
}
