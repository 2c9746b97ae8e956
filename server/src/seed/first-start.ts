/**
 * Demo mode at start-up (server.ts): with SEED=true (the default) an empty database is filled with
 * the demo data and the demo accounts are printed with their password, so that someone who just ran
 * `npm start` can log in. With SEED=false nothing is created; leftover demo accounts are warned about,
 * because their password is public.
 */
import type { FastifyInstance } from 'fastify';
import { verifyPassword } from '../features/accounts/passwords.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { existingDemoAccounts, seedIfEmpty, type SeedSummary } from './seed.js';
import { ALL_SPACES } from './towns.js';

const describe = (email: string) => {
  const account = DEMO_ACCOUNTS.find((a) => a.email === email);
  const space = account?.spaceKey ? ` – ${ALL_SPACES.find((s) => s.key === account.spaceKey)?.name}` : '';
  return `${email} (${account?.role ?? 'user'}${space})`;
};

/**
 * Seeds an empty database in demo mode; returns what was seeded, or null. On a later start it
 * reminds of the demo accounts whose password is still the demo one — checking that costs an
 * argon2 hash per account, so a caller that must not wait for it (the server, before it listens)
 * passes `remindLater` and runs the reminder itself once it serves.
 */
export async function seedOnFirstStart(
  app: FastifyInstance,
  opts: { remindLater?: (remind: () => Promise<void>) => void } = {},
): Promise<SeedSummary | null> {
  if (!app.config.seed) {
    const leftovers = await existingDemoAccounts(app.db);
    if (leftovers.length > 0) {
      app.log.warn(
        `SEED=false, but ${leftovers.length} demo accounts exist (${leftovers.map((a) => a.email).join(', ')}); ` +
          'their password may still be the published demo password. Delete them or reset the database before going live.',
      );
    }
    return null;
  }
  const summary = await seedIfEmpty(app.db, { now: app.clock() });
  if (summary) {
    app.log.info(
      `Demo mode: seeded ${summary.spaces} spaces, ${summary.bookings} bookings, ${summary.events} events, ` +
        `${summary.surveys} surveys (${summary.surveyResponses} answers) and ${summary.users} accounts in ${summary.ms} ms ` +
        '(the Kleinstadtakademie towns; SEED=false switches demo data off).',
    );
    app.log.info(`Demo accounts, password "${summary.password}":`);
    for (const a of summary.accounts) app.log.info(`  ${describe(a.email)}`);
    return summary;
  }
  // A later start in demo mode: remind of the accounts that still have the demo password.
  if (opts.remindLater) opts.remindLater(() => remindOfDemoAccounts(app));
  else await remindOfDemoAccounts(app);
  return null;
}

async function remindOfDemoAccounts(app: FastifyInstance): Promise<void> {
  const accounts = await existingDemoAccounts(app.db);
  const stillDemo = await Promise.all(
    accounts.map(async (a) => ((await verifyPassword(a.passwordHash, DEMO_PASSWORD)) ? a.email : null)),
  );
  const emails = stillDemo.filter((e): e is string => e !== null);
  if (emails.length > 0) {
    app.log.info(`Demo accounts, password "${DEMO_PASSWORD}": ${emails.map(describe).join(', ')}`);
  }
}
