/** ADMIN_EMAIL / ADMIN_PASSWORD: make sure this admin account exists with that password. */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { staffSpaces, users } from '../../db/schema.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { findUserByEmail, newCalendarToken } from './users-repo.js';

export async function ensureAdmin(db: Db, admin: { email: string; password: string }) {
  const existing = await findUserByEmail(db, admin.email);
  if (!existing) {
    await db.insert(users).values({
      email: admin.email.trim(),
      name: 'Administrator',
      passwordHash: await hashPassword(admin.password),
      role: 'admin',
      calendarToken: newCalendarToken(),
    });
    return;
  }
  const samePassword = await verifyPassword(existing.passwordHash, admin.password);
  await db
    .update(users)
    .set({ role: 'admin', ...(samePassword ? {} : { passwordHash: await hashPassword(admin.password) }) })
    .where(eq(users.id, existing.id));
  await db.delete(staffSpaces).where(eq(staffSpaces.userId, existing.id));
}
