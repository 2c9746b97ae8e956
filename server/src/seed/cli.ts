/**
 * `npm run seed`               fills an empty database with the demo data (as the first start does)
 * `npm run seed -- --reset`    empties every data table first, then seeds
 * `npm run seed -- --seed=7`   another deterministic variant of the simulated history
 * Uses the same configuration as the server (DATABASE_URL or DATA_DIR); with PGlite the server must
 * not be running on the same DATA_DIR.
 */
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError, openDatabase } from '../db/client.js';
import { resetDatabase, seedIfEmpty } from './seed.js';

// `npm run seed -w server` runs in server/; resolve a relative DATA_DIR from where npm was invoked,
// as `npm start` does, so that both use the same ./data.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== '--reset' && !/^--seed=\d+$/.test(a));
  if (unknown.length > 0)
    throw new ConfigError(`Unknown arguments: ${unknown.join(' ')} (use --reset and/or --seed=<number>)`);
  const reset = args.includes('--reset');
  const seedArg = args.find((a) => a.startsWith('--seed='));
  const config = loadConfig();
  if (!config.seed)
    throw new ConfigError('SEED=false: demo data and demo accounts are switched off for this installation.');

  const database = await openDatabase(config);
  try {
    await database.migrate();
    if (reset) {
      await resetDatabase(database.db);
      console.log('All data tables emptied.');
    }
    const summary = await seedIfEmpty(database.db, {
      now: new Date(),
      ...(seedArg ? { seed: Number(seedArg.slice(7)) } : {}),
    });
    if (!summary) {
      console.log(
        'The database already has spaces, so nothing was seeded. `npm run seed -- --reset` replaces ALL data with the demo data.',
      );
      return;
    }
    console.log(
      `Seeded ${summary.spaces} spaces, ${summary.bookings} bookings, ${summary.turnedAway} turned-away attempts, ` +
        `${summary.events} events with ${summary.registrations} registrations and ${summary.users} accounts in ${summary.ms} ms.`,
    );
    console.log(`Demo accounts (password "${summary.password}"):`);
    for (const a of summary.accounts)
      console.log(`  ${a.email.padEnd(42)} ${a.role}${a.spaceKey ? ` (${a.spaceKey})` : ''}`);
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(`Seeding failed: ${err.message}`);
  else console.error('Seeding failed:', err);
  process.exit(1);
});
